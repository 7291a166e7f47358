# Equal constants in one code object are one object; folded constants join them.
def f():
    a = 10_000
    b = 9_999 + 1
    c = (1, 2, 3)
    d = (1, 2, 3)
    return a is b, c is d

print(f())
x = 2.5
y = 5 / 2
print(x is y, x == y)
big = 2 ** 62
big2 = 4611686018427387904
print(big is big2)
