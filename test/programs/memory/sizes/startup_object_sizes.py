# sys.getsizeof of objects start-up made or a script reaches without making data: the standard
# streams (sizeof(textio): 192, 200 from 3.12), builtin functions and bound builtin methods
# (PyCFunctionObject), method/classmethod/wrapper descriptors, getset and member descriptors
# (object___sizeof__ is the static type's tp_basicsize), a method-wrapper, super (three
# pointers), builtin types, modules, and the singletons.
import sys


class C:
    __slots__ = ("a",)

    def m(self):
        return super()


def f():
    pass


objs = [
    ("sys.stdout", sys.stdout),
    ("sys.stderr", sys.stderr),
    ("len", len),
    ("print", print),
    ("sys.getsizeof", sys.getsizeof),
    ("str.join", str.join),
    ("''.join", "".join),
    ("[].append", [].append),
    ("dict.fromkeys", dict.fromkeys),
    ("dict.__dict__['fromkeys']", dict.__dict__["fromkeys"]),
    ("int.__add__", int.__add__),
    ("object.__init__", object.__init__),
    ("(1).__add__", (1).__add__),
    ("object().__str__", object().__str__),
    ("type.__dict__['__dict__']", type.__dict__["__dict__"]),
    ("int.__dict__['real']", int.__dict__["real"]),
    ("C.a", C.__dict__["a"]),
    ("f.__globals__ descr", type(f).__dict__["__globals__"]),
    ("super()", C().m()),
    ("int", int),
    ("object", object),
    ("type", type),
    ("sys", sys),
    ("None", None),
    ("True", True),
    ("Ellipsis", ...),
    ("NotImplemented", NotImplemented),
]
for name, o in objs:
    print(name, type(o).__name__, sys.getsizeof(o))
