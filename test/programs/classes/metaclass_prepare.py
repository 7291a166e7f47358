# A metaclass's __prepare__ makes the namespace the class body runs in (builtin___build_class__),
# called with the name, the bases and the class keywords; what it returns must be a mapping.
import sys
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, bases, sorted(kw))
        return {'made_by': mcls.__name__}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta, flag=1):
    def m(self):
        return made_by
print(list(C.__dict__)[:3], C.made_by, C().m() if False else C.made_by)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class D(metaclass=Bad):
        pass
except TypeError as e:
    print(e)
def fmeta(name, bases, ns):
    return sorted(ns)
class E(metaclass=fmeta):
    x = 1
print(E)
class Sub(C):
    y = 2
print(Sub.made_by, 'made_by' in Sub.__dict__)
for i in range(4):
    b0 = sys.getallocatedblocks()
    class F(metaclass=Meta):
        def m(self):
            return 1
    print('class', i, sys.getallocatedblocks() - b0)
