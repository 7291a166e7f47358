# Class statements with keywords: __build_class__ keeps them in a dict (_PyStack_AsDict) and
# unpacks them again (_PyStack_UnpackDict: a stack and a tuple of their names) for each callable
# with a vectorcall: type.__prepare__, type itself from 3.10 (type_vectorcall then packs them
# into a dict of its own in _PyObject_MakeTpCall) and the bound __init_subclass__ type_new calls.
# The names' tuples and the dicts stay on their free lists, traced on these lines.
class Plugin:
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority


class Upper(Plugin, name="up", priority=2):
    pass


class Reverse(Plugin, priority=1):
    pass


class Strip(Plugin):
    pass


class Mixin:
    def __init_subclass__(cls, flag=0, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


class Both(Plugin, Mixin, name="both", flag=1, priority=3):
    pass


try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


def make(n):
    for i in range(n):
        class Made(Plugin, Mixin, flag=i):
            pass
    return Made


print(Upper.plugin_name, Reverse.priority, Strip.plugin_name, Both.flag, Both.priority, make(3).flag)
