# The errors of * and ** arguments that are no iterable or mapping, and of keywords given
# twice or not as str: each version names the callable its own way (3.8 "f()", 3.9+
# "__main__.f()"), and 3.9+ say "Value after *" outside a lone *a.
import math
def f(*a, **k):
    return a, k
class C:
    def m(self, *a, **k): pass
class S:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError
class K:
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 1
def g(x=0):
    return x
print(f(*S()), f(**K()))
for thunk in (lambda: f(*5), lambda: f(**5), lambda: f(1, *5), lambda: f(*[1], *5), lambda: f(**{}, **5),
              lambda: f(x=1, **5), lambda: print(*5), lambda: len(**5), lambda: f(*None), lambda: f(**[1]),
              lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: [1, *5], lambda: {**5},
              lambda: C().m(*5), lambda: C(*5), lambda: C.m(*5), lambda: C().m(**5), lambda: [].append(*5),
              lambda: math.sqrt(*5), lambda: f(x=1, **{'x': 2}), lambda: C().m(**{'y': 1}, **{'y': 2}),
              lambda: g(*(), **5), lambda: g(**{1: 2}), lambda: f(*1.5, **{})):
    try:
        thunk()
    except TypeError as e:
        print(e)
def g(**k): pass
class C:
    def m(self, **k): pass
    def __init__(self, **k): pass
for t in (lambda: g(**{1: 2}), lambda: C().m(**{1: 2}), lambda: C(**{1: 2}), lambda: print(**{1: 2}), lambda: dict(**{1: 2}), lambda: g(a=1, **{1: 2})):
    try: t()
    except TypeError as e: print(e)
