# Capture names in match patterns are mangled inside a class; the keyword attribute
# names of a class pattern are not (P(__a=...) looks up '__a', not '_P__a').
class P:
    def __init__(self):
        self.__a = 1
        self.__b = 2


class Matcher:
    def check(self, v):
        match v:
            case [__first, *__rest]:
                return 'seq', __first, __rest, sorted(k for k in locals() if k != 'self')
            case {'k': __val, **__others}:
                return 'map', __val, __others, sorted(locals())
            case P(__a=__got):
                return 'cls', __got
            case P() as __p if __p._P__b == 2:
                return 'guard', sorted(vars(__p))
            case __anything:
                return 'other', sorted(locals())


m = Matcher()
print(m.check([1, 2, 3]))
print(m.check({'k': 1, 'j': 2}))
print(m.check(P()))
print(m.check(5))
print(Matcher.check.__code__.co_varnames)
