# The builtins' argument checks by calling convention (Python/bltinmodule.c): METH_O, METH_NOARGS,
# METH_FASTCALL counts (_PyArg_CheckPositional), METH_VARARGS (PyArg_UnpackTuple), keywords refused.


def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, "!!", e)


# METH_O: keywords first, then exactly one argument.
show("all()", lambda: all())
show("any()", lambda: any())
show("all(1, 2)", lambda: all(1, 2))
show("any([], 1)", lambda: any([], 1))
show("bin()", lambda: bin())
show("hex(1, 2)", lambda: hex(1, 2))
show("oct(x=1)", lambda: oct(x=1))
show("abs(x=1)", lambda: abs(x=1))
show("abs([1], key=len)", lambda: abs([1], key=len))
show("len()", lambda: len())
show("repr(1, 2)", lambda: repr(1, 2))
show("ascii(x=1)", lambda: ascii(x=1))
show("callable(1, 2)", lambda: callable(1, 2))
show("chr(x=1)", lambda: chr(x=1))
show("ord(x=1)", lambda: ord(x=1))
show("id()", lambda: id())
show("hash(1, 2)", lambda: hash(1, 2))
# METH_NOARGS
show("globals(1)", lambda: globals(1))
show("globals(x=1)", lambda: globals(x=1))
show("locals(1)", lambda: locals(1))
# METH_FASTCALL: "name expected N arguments, got M"
show("divmod(1)", lambda: divmod(1))
show("divmod(1, 2, 3)", lambda: divmod(1, 2, 3))
show("divmod(x=1)", lambda: divmod(x=1))
show("isinstance(1)", lambda: isinstance(1))
show("isinstance([1], key=len)", lambda: isinstance([1], key=len))
show("issubclass()", lambda: issubclass())
show("getattr(1)", lambda: getattr(1))
show("getattr(1, 'a', 2, 3)", lambda: getattr(1, "a", 2, 3))
show("getattr(x=1)", lambda: getattr(x=1))
show("hasattr(1)", lambda: hasattr(1))
show("setattr(1, 2)", lambda: setattr(1, 2))
show("delattr(1)", lambda: delattr(1))
show("next()", lambda: next())
show("next(x=1)", lambda: next(x=1))
show("format()", lambda: format())
show("format(1, 'd', 3)", lambda: format(1, "d", 3))
# METH_VARARGS (3.12: Argument Clinic): the same checks.
show("vars(1, 2)", lambda: vars(1, 2))
show("vars(x=1)", lambda: vars(x=1))
show("dir(1, 2)", lambda: dir(1, 2))
show("dir(x=1)", lambda: dir(x=1))
# Types checked at their init (cm_init, sm_init: _PyArg_NoKeywords, PyArg_UnpackTuple).
show("classmethod(x=1)", lambda: classmethod(x=1))
show("staticmethod()", lambda: staticmethod())
show("staticmethod(len, key=len)", lambda: staticmethod(len, key=len))
show("type([1], key=len)", lambda: type([1], key=len))
show("type(x=1)", lambda: type(x=1))
show("str(1, 2, 3, 4)", lambda: str(1, 2, 3, 4))
show("str(x=1)", lambda: str(x=1))
show("str(object=1)", lambda: str(object=1))
