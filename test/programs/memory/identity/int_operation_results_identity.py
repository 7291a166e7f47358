# Which int operations hand back an operand or a cached small int, and which a fresh object:
# x_divrem's small remainder stays its own object to 3.10 (maybe_small_long from 3.11),
# abs/+ of an exact int and a >> 0 of a negative one on 3.11+ return the operand (long_long).
import sys

a = 2 ** 95 + 12345678901234567
b = 3 ** 40 + 7
zero = a - a
three = 3 + zero
product = a * b


def delta(f):
    before = sys.getallocatedblocks()
    r = f()
    return r, sys.getallocatedblocks() - before


r, d = delta(lambda: product % b)
print("zero remainder", r == zero, r is zero, d, sys.getsizeof(r))
r, d = delta(lambda: (product + 3) % b)
print("small remainder", r == three, r is three, d)
q, d = delta(lambda: divmod(product + 3, b))
print("divmod", q[1] is three, q[0] == a, d)
print("abs", abs(a) is a, +a is a, abs(-a) is a, abs(-a) == a)
print("index", a.__index__() is a, int(a) is a)
print("shift 0", (-a) >> 0 == -a, a << 0 == a)
n = -a
print("neg shift 0 is", (n >> 0) is n)
small = (a * 5) // a
print("small quotient", small is 5 + zero)
print("mod operand", (b % a) is b, ((-b) % a) == a - b)
