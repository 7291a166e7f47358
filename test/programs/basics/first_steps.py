x = [1, 2, 3]
print(len(x), x)
def f(a, b=2):
    return a * b + 1
print(f(3), f(4, b=5))
s = 0
for i in range(10):
    s += i
print("sum", s)
d = {'a': 1, 'b': 2}
print(d, d['a'])
class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C({self.v!r})"
print(C(3), [C('x')])
try:
    d['zz']
except KeyError as e:
    print("caught", e)
print(2**100, 7 // -2, 7 % -2, 1/3)
