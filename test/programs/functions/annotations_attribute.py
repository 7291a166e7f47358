# A function's __annotations__: set to a dict, set to None or deleted (which clear them,
# and the next read makes a new empty dict); anything else is a TypeError.
def f(x: int) -> str:
    pass


a = f.__annotations__
f.__annotations__ = {'y': float}
print(f.__annotations__, a)
f.__annotations__ = None
print(f.__annotations__)
del f.__annotations__
d = f.__annotations__
print(d, d is f.__annotations__)
d['late'] = 1
print(f.__annotations__)
for bad in ([('x', 1)], 'x', 3, ()):
    try:
        f.__annotations__ = bad
    except TypeError as e:
        print(type(bad).__name__, e)
print(f.__annotations__)


class MyDict(dict):
    pass


f.__annotations__ = MyDict(z=1)
print(type(f.__annotations__).__name__, f.__annotations__)


# The read dict is the function's own: changes show on the next read.
def g(p: 'P'):
    pass


g.__annotations__['q'] = 'Q'
del g.__annotations__['p']
print(g.__annotations__)
print('__annotations__' in g.__dict__, sorted(g.__dict__))
print(hasattr(g, '__annotations__'), '__annotations__' in dir(g))


# Annotations of a function survive the function's own name being rebound.
def h(v: list) -> dict:
    return {}


keep = h
h = None
print(keep.__annotations__)
