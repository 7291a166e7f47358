# best_base: a class extends the base whose instance layout every other base's layout is part
# of; bases with layouts of their own (slots, builtins with fields) conflict. The layout fields
# of the classes made (tp_basicsize, tp_itemsize) follow each version's type_new.
class A(int): pass
class B(int): pass
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class S3(S1): pass
class S4(S2): __slots__ = ()
class W: pass
class E1(Exception): __slots__ = ('x',)
CASES = [
    ("C", A, B), ("D", S1, S2), ("E", S3, S2), ("F", S1, S4), ("G", S3, S1), ("H", object, S1),
    ("I", int, object), ("J", ValueError, OSError), ("K", OSError, ValueError), ("L", KeyError, IndexError),
    ("M", dict, object), ("N", list, tuple), ("O", Exception, int), ("P", W, S1), ("R", type, int),
    ("S", float, complex), ("T", str, S1), ("U", BaseException, S1), ("V", tuple, S4),
    ("X", E1, ValueError), ("Y", ValueError, E1), ("Z", E1, OSError),
]
for name, *bases in CASES:
    try:
        X = type(name, tuple(bases), {})
        print(name, "ok", X.__basicsize__, X.__itemsize__, X.__base__.__name__)
    except TypeError as e:
        print(name, "TypeError", e)
# best_base checks each base in turn: a layout conflict before an unacceptable base after it;
# a duplicate base is found later (by the MRO).
for bases in [(int, str, bool), (bool, int), (int, int)]:
    try:
        type("Q", bases, {})
    except TypeError as e:
        print(e)
