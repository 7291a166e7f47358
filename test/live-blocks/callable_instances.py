# Calling instances of a class with __call__ (the arguments packed by _PyObject_MakeTpCall,
# self put in front by slot_tp_call), and a class whose __init_subclass__ and __class_getitem__
# type_new wraps in classmethods without copying the functions' attributes.
class Registry:
    seen = []

    def __init_subclass__(cls, tag=""):
        cls.tag = tag or cls.__name__
        Registry.seen.append(cls.tag)

    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Tally(Registry):
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (args, sorted(kwargs.items()))


class Echo(Registry):
    def __call__(self, text):
        return text.upper()


t = Tally()
print(t(1, 2, x=3), t(), t(4), t.calls, Echo()("hi"), Tally[int], Registry.seen)
try:
    Echo()(1)
except AttributeError as e:
    print("AttributeError:", e)
