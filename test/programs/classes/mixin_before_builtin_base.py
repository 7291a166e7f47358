# A mixin listed before a builtin base: best_base makes the builtin the base the instances
# extend (their size, their constructor), whatever the order of the bases.
import sys
class M: pass
class E(M, Exception): pass
class D(M, dict): pass
class L(M, list): pass
class I(M, int): pass
b = sys.getallocatedblocks()
e = E("x")
print(sys.getsizeof(e), sys.getallocatedblocks() - b, E.__base__.__name__)
d = D(a=1)
print(sys.getsizeof(d), d, D.__base__.__name__)
l = L([1, 2])
print(sys.getsizeof(l), l, L.__base__.__name__)
i = I(7)
print(sys.getsizeof(i), i + 1, I.__base__.__name__)
try:
    raise E("boom")
except Exception as ex:
    print(type(ex).__name__, ex.args)
