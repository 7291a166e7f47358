# vars() and locals(): an instance's or class's namespace, the module's own dict, a
# function's local names, and vars() of something without a __dict__.
class Point:
    kind = 'point'
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(vars(p))
vars(p)['z'] = 3
print(p.z, sorted(vars(p)))
print(vars(Point)['kind'], 'kind' in vars(Point))
print(vars() is globals(), locals() is globals())

def f(a, b=2, *rest):
    c = a + b
    return sorted(locals().items())

print(f(1), f(1, 5, 6))

class Slotted:
    __slots__ = ('a',)

for obj in (1, 'text', Slotted()):
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
