# int(x), x.__index__(), x.real, x.numerator, x.conjugate() and x.as_integer_ratio()[0]
# give back an exact int itself (long_long, PyNumber_Long); a subclass's is a new int.
import sys
big = 10 ** 6
print(int(big) is big, big.__index__() is big, big.real is big, big.numerator is big)
print(big.conjugate() is big, big.as_integer_ratio()[0] is big, big.__trunc__() is big)
print(big.__getnewargs__()[0] is big, big.__getnewargs__()[0] == big)

class MyInt(int):
    pass

m = MyInt(123456)
print(type(int(m)).__name__, type(m.real).__name__, int(m) is m, m.real == m)
b = c = d = None
b = sys.getallocatedblocks()
keep = [int(big) for i in range(10)]
c = sys.getallocatedblocks() - b
b = sys.getallocatedblocks()
again = [big.real for i in range(10)]
d = sys.getallocatedblocks() - b
print(c, d, sys.getrefcount(big))
