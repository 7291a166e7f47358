# Mangling reaches every function, lambda and comprehension nested in a class, up to the
# next class (which mangles with its own name); scopes resolve by the mangled names.
import sys


class Outer:
    from sys import version_info as __vi    # import as-names are mangled
    import sys as __sys

    def __pick(f):                          # a decorator defined in the class body
        return f

    @__pick
    def closures(self):
        __n = 0

        def bump():
            nonlocal __n
            __n += 1
            return __n

        bump()
        return bump(), bump.__code__.co_freevars, Outer.closures.__code__.co_cellvars

    def declare(self):
        global __shared
        __shared = 'set by Outer.declare'
        return __shared

    def helpers(self):
        twice = lambda __v: __v * 2
        squares = [__i * __i for __i in range(3)]
        pairs = {__k: __w for __k, __w in zip('ab', (1, 2))}
        total = sum(__g for __g in range(4))
        return twice(4), squares, pairs, total, twice.__code__.co_varnames

    class __Inner:
        __tag = 'inner'

        def tag(self):
            return self.__tag

        def reach(self):
            return self.__vi            # _Inner__vi, not _Outer__vi

    __grid = [[__c for __c in range(2)] for __r in range(2)]
    __mirror = __grid[0]


print(sorted(k for k in Outer.__dict__ if k.startswith('_Outer')))
print(Outer._Outer__vi is sys.version_info, Outer._Outer__sys is sys)
print(Outer().closures())
print(Outer().declare(), _Outer__shared)
print(Outer().helpers())
Inner = Outer._Outer__Inner
print(Inner.__name__, Inner.__qualname__, [k for k in vars(Inner) if 'tag' in k])
print(Inner().tag())
try:
    Inner().reach()
except AttributeError as e:
    print(e)
print(Outer._Outer__grid, Outer._Outer__mirror)


# A function's private name seen from a class nested in it is mangled there, so it
# no longer reaches the function's variable: it becomes a global lookup.
def factory():
    __hidden = 'function local'
    plain = 'function local'

    class Made:
        def get_plain(self):
            return plain

        def get_hidden(self):
            return __hidden

    return Made


M = factory()
print(M().get_plain(), M.get_plain.__code__.co_freevars, M.get_hidden.__code__.co_freevars)
try:
    M().get_hidden()
except NameError as e:
    print(e)
_Made__hidden = 'module global'
print(M().get_hidden())


# Class names made only of underscores mangle nothing; leading underscores are stripped.
class _:
    __a = 1


class __:
    __a = 1


class _Lead_:
    __a = 1
    __b_ = 2
    ___ = 3
    __ = 4


print([k for k in vars(_) if 'a' in k], [k for k in vars(__) if 'a' in k])
print([k for k in vars(_Lead_) if not k.startswith('__') or k in ('__', '___')])


# Inheritance: each class's private names stay apart.
class Base:
    def __init__(self):
        self.__v = 'base'

    def __hook(self):
        return 'Base hook'

    def run(self):
        return self.__hook()


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__v = 'child'

    def __hook(self):
        return 'Child hook'

    def parent_hook(self):
        try:
            return super().__hook()
        except AttributeError as e:
            return str(e)


c = Child()
print(sorted(vars(c)), c.run(), c.parent_hook())
print([sys.getsizeof(k) for k in sorted(vars(c))])


# The other way round: a function variable written already mangled is what a method's
# `nonlocal __x` reaches.
def counter_class():
    _Counter__count = 0

    class Counter:
        def tick(self):
            nonlocal __count
            __count += 1
            return __count

    return Counter


ticker = counter_class()()
print(ticker.tick(), ticker.tick(), type(ticker).tick.__code__.co_freevars)


# A def or class whose mangled name is declared global gets a module-level qualname.
class Factory:
    def build(self):
        global __Product

        class __Product:
            pass

        def __helper():
            pass

        return __Product.__qualname__, __helper.__qualname__

    def build_plain(self):
        global Plain

        class Plain:
            pass

        return Plain.__qualname__


print(Factory().build(), Factory().build_plain(), _Factory__Product.__name__)


# Augmented assignments, f-strings, except/for targets and del in a class body.
class Counter:
    __total = 0

    def __init__(self):
        self.__n = 1
        self.__n += 2
        Counter.__total += 1

    def text(self):
        return f"{self.__n}/{Counter.__total}"

    def names(self):
        try:
            raise KeyError('k')
        except KeyError as __err:
            caught = repr(__err)
        for __i in range(2):
            pass
        return caught, sorted(k for k in locals() if k != 'self')


class Base:
    def __init_subclass__(cls, **kw):
        print('class keywords are not mangled:', sorted(kw))


class Holder:
    class Sub(Base, __k=1):
        pass
    __tmp = 1
    __kept = 2
    del __tmp


print(Counter().text(), Counter().names())
print(sorted(k for k in vars(Holder) if k.startswith('_Holder')))
