# Constant expressions of bytes and complex are folded into one constant of the code
# object, as CPython's AST optimizer does: equal folded constants are the same object.
a = 1 + 2j
b = 1 + 2j
c = (1 + 2j) * 1
print(a is b, a == c, -1j, (1 + 2j) * (3 - 1j), 2j ** 2, (1 + 1j) / 2, -(1 + 2j))
x = b'ab' * 3
y = b'ab' * 3
z = b'ab' + b'ab' + b'ab'
print(x is y, x is z, x == z, b'ab'[0], b'ab'[-1], b'x' * 0, not b'', not 0j)

def f():
    return 3 - 4j, b'q' * 2, b'abc'[1]

def g():
    return 3 - 4j, b'q' * 2

print(f(), f()[0] is f()[0], f()[1] is f()[1], f()[0] == g()[0])
n = 2
big = b'a' * 4097
print(len(big), b'ab' * n is b'ab' * n, len(b'a' * 5000))
