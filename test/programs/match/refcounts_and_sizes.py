# What a match leaves behind: reference counts of captured objects and subjects, the
# size of a **rest dict, and the blocks a loop of matches keeps (equal to CPython's).
import sys
o = object()
match [o]:
    case [x]:
        print(sys.getrefcount(o))
lst = [o, o]
match lst:
    case [a, *rest]:
        print(sys.getrefcount(o), sys.getrefcount(lst))
d = {"k": o, "z": 1}
match d:
    case {"k": v, **others}:
        print(sys.getrefcount(o), sys.getrefcount(d))
class P:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a
p = P(o)
match p:
    case P(q) if q is o:
        print(sys.getrefcount(o), sys.getrefcount(p))
t = (o, 1)
match t:
    case (1, _) | (_, 1) as whole:
        print(sys.getrefcount(o), sys.getrefcount(t))
def f(s):
    match s:
        case int(n):
            return sys.getrefcount(s)
print(f(10**20))
b0 = sys.getallocatedblocks()
for i in range(100):
    match [i, i + 1000]:
        case [m, n]:
            pass
print(sys.getallocatedblocks() - b0)
d = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
match d:
    case {"a": 1, **rest}:
        print(rest, sys.getsizeof(rest))
match {"x": 1}:
    case {**rest2}:
        print(rest2, sys.getsizeof(rest2))
big = {i: i for i in range(20)}
match big:
    case {0: z, 1: o, **others}:
        print(len(others), sys.getsizeof(others))
b0 = sys.getallocatedblocks()
match big:
    case {0: z, **others2}:
        pass
print(sys.getallocatedblocks() - b0)
