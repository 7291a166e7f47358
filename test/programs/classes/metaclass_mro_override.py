# A metaclass's own mro() is called for every class it makes (Objects/typeobject.c mro_invoke),
# its result made a tuple (PySequence_Tuple) and checked (mro_check): lookups then follow it.
import sys
calls = []

class Meta(type):
    def mro(cls):
        calls.append(cls)
        r = super().mro()
        if cls.__name__ == "Reversed":
            return [cls] + r[1:][::-1]
        return r

class A(metaclass=Meta):
    def who(self): return "A"
class B(A):
    def who(self): return "B"
class Other:
    def who(self): return "Other"
class Reversed(B, Other):
    pass
print([c.__name__ for c in calls])
print([c.__name__ for c in Reversed.__mro__], Reversed().who(), issubclass(Reversed, B))

class Short(type):
    def mro(cls):
        return (cls, object)
class S(dict, metaclass=Short):
    pass
print([c.__name__ for c in S.__mro__], issubclass(S, dict), isinstance(S(), dict))

class FromIter(type):
    def mro(cls):
        return iter([cls, object])
class T(metaclass=FromIter):
    x = 1
print(T.__mro__ == (T, object), T.x)

for name, result in (("non-class", lambda cls: (cls, 5)), ("layout", lambda cls: (cls, list, object)),
                     ("not iterable", lambda cls: 7), ("raises", lambda cls: 1 // 0)):
    M = type("M", (type,), {"mro": result})
    try:
        M("Bad", (dict,), {})
    except (TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)

# A class costs what its MRO's making costs: the tuple PySequence_Tuple makes of what mro() gives.
b = sys.getallocatedblocks()
class U1(metaclass=FromIter):
    pass
b1 = sys.getallocatedblocks()
class U2(metaclass=Short):
    pass
print(b1 - b, sys.getallocatedblocks() - b1)
class U3(metaclass=Meta):
    pass
print(calls[-1] is U3)
