# Private name mangling: inside a class, `__x` is stored as `_Class__x` wherever the
# compiler writes a name (attributes, locals, parameters, class attributes, defs).
import sys


class Account:
    __rate = 3                      # class attribute: _Account__rate

    def __init__(self, owner, __balance=100, *, __limit=50):
        self.owner = owner
        self.__balance = __balance  # instance attribute: _Account__balance
        self.__limit = __limit
        self.__dunder__ = 'kept'    # ends with two underscores: not mangled
        self._single = 'kept'

    def __audit(self):              # method: _Account__audit
        return self.__balance * Account.__rate

    def report(self):
        return self.__audit()

    def drop(self):
        del self.__limit


a = Account('ann')
print(sorted(vars(a)))
print(sorted(a.__dict__))
print([k for k in Account.__dict__ if k.startswith('_Account')])
print([k for k in dir(Account) if 'Account' in k])
print(a.report(), a._Account__balance, Account._Account__rate)
print(Account._Account__audit.__name__, Account._Account__audit.__qualname__)
print(Account.__init__.__code__.co_varnames)
print(Account.__init__.__defaults__, Account.__init__.__kwdefaults__)

# The mangled names are what AttributeError names.
try:
    a.__balance
except AttributeError as e:
    print('outside:', e)
a.drop()
try:
    a.drop()
except AttributeError as e:
    print('second del:', e)


class Reader:
    def peek(self):
        return self.__secret


try:
    Reader().peek()
except AttributeError as e:
    print('inside:', e)

# Strings given to getattr/setattr/hasattr are runtime data: never mangled.
setattr(a, '__plain', 1)
print(hasattr(a, '__balance'), hasattr(a, '_Account__balance'), getattr(a, '__plain'))
print(sorted(vars(a)))


# Keyword names in a call are not mangled, but parameter names are.
class Caller:
    def target(self, __p=0, **kw):
        return __p, sorted(kw)

    def call(self):
        return self.target(__p=1)


print(Caller().call())
print(Caller().target(_Caller__p=2))
try:
    print(Caller.target(None, 1, __p=3))
except TypeError as e:
    print(e)


# Annotations: parameter and variable annotation keys are mangled in a class.
def outside(__a: int, *, __k: str = 'k') -> None:
    pass


class Annotated:
    __count: int = 0
    __name: str

    def method(self, __a: int, *__rest: int, __k: str = 'k', **__kw: int) -> None:
        pass

    f = outside


print(Annotated.__annotations__)
print(Annotated.method.__annotations__)
print(Annotated.method.__kwdefaults__, Annotated.f.__kwdefaults__)
print(Annotated.method.__code__.co_varnames)
print(Annotated.f.__annotations__)

# NameError and UnboundLocalError name the mangled name.
class Names:
    def missing(self):
        return __nowhere

    def unbound(self):
        print(__late)
        __late = 1


try:
    Names().missing()
except NameError as e:
    print(e)
try:
    Names().unbound()
except UnboundLocalError as e:
    print(e)

# A mangled key is a different, longer string than the name written.
keys = [k for k in vars(Account('bo')) if k.startswith('_')]
print(keys, [sys.getsizeof(k) for k in keys])
print(sys.getsizeof('__balance'), sys.getsizeof('_Account__balance'))
if sys.version_info >= (3, 13):
    print(Account.__static_attributes__)


# Argument errors name the mangled parameters (3.8-3.9 with co_name, 3.10+ the qualname).
class Strict:
    def m(self, __a, *, __k):
        return __a

    def n(self, __p, /):
        return __p


calls = [
    lambda: Strict().m(),
    lambda: Strict().m(1),
    lambda: Strict().m(1, 2),
    lambda: Strict().n(__p=1),
    lambda: Strict().n(_Strict__p=1),
    lambda: Strict().m(1, _Strict__k=2, _Strict__a=3),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(Strict().m(1, _Strict__k=2))
