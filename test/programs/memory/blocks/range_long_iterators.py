# The blocks a range and its iterators hold: a range keeps its start, stop, step and length ints
# (the length made on construction), a longrange_iterator steps int objects it allocates, while
# a range_iterator holds C longs; sizes of both iterators and the references they keep.
import sys

g = sys.getallocatedblocks
r = it = x = y = None
a, b, c, d = 1000, 2000, 2**70, 2**63 + 5
for k in range(3):
    b0 = g(); r = range(a, b); b1 = g(); r = range(c); b2 = g(); r = range(c, a, -3); b3 = g(); r = None; b4 = g()
    print("range", b1 - b0, b2 - b1, b3 - b2, b4 - b3, sys.getrefcount(a), sys.getrefcount(c))
    r = range(c); b0 = g(); it = iter(r); b1 = g(); it = reversed(r); b2 = g(); it = iter(range(a, b)); b3 = g(); it = None; b4 = g()
    print("iter", b1 - b0, b2 - b1, b3 - b2, b4 - b3, sys.getrefcount(c), type(iter(r)).__name__, sys.getsizeof(iter(r)), sys.getsizeof(reversed(r)))
    r = range(d); it = iter(r); b0 = g(); x = next(it); b1 = g(); x = next(it); b2 = g(); x = None; y = it.__length_hint__(); b3 = g()
    print("next", b1 - b0, b2 - b1, b3 - b2, y, it.__length_hint__(), sys.getrefcount(r.stop))
    it = iter(range(c, c + 10**6, 5)); b0 = g(); x = next(it); b1 = g(); x = next(it); b2 = g(); y = next(it); b3 = g()
    print("long values", b1 - b0, b2 - b1, b3 - b2, x, y, it.__length_hint__(), type(it).__name__)
    it = iter(range(2**62, 2**62 + 10)); b0 = g(); x = next(it); b1 = g(); x = next(it); b2 = g()
    print("c long values", b1 - b0, b2 - b1, x, it.__length_hint__(), type(it).__name__, sys.getsizeof(it))
    it = x = y = r = None
s = range(c, 2 * c, 7)
b0 = g(); t = s[3:2**40]; b1 = g(); u = s[5]; b2 = g(); v = s.index(c + 14); b3 = g(); w = (c + 21) in s; b4 = g()
print("ops", b1 - b0, b2 - b1, b3 - b2, b4 - b3, t, u, v, w, sys.getsizeof(t))
