# A class's __dict__ is a mappingproxy over the class's own dict (type_dict,
# Objects/descrobject.c mappingproxy): iterating it, keys()/items()/values(), repr, len
# and `in` all reach that dict; only the proxy (and the iterator or view) is allocated.
import gc
import sys


class C:
    a = 1

    def m(self):
        pass

    b = [1, 2]


def deltas():
    out = []
    n0 = sys.getallocatedblocks()
    for k in C.__dict__:
        out.append(sys.getallocatedblocks() - n0)
        break
    n1 = sys.getallocatedblocks()
    ks = C.__dict__.keys()
    n2 = sys.getallocatedblocks()
    r = repr(C.__dict__)
    n3 = sys.getallocatedblocks()
    ln = len(C.__dict__)
    n4 = sys.getallocatedblocks()
    has = 'a' in C.__dict__
    n5 = sys.getallocatedblocks()
    it = list(C.__dict__.items())
    n6 = sys.getallocatedblocks()
    vs = C.__dict__.values()
    n7 = sys.getallocatedblocks()
    p = C.__dict__
    n8 = sys.getallocatedblocks()
    print(out, n1 - n0, n2 - n1, n3 - n2, n4 - n3, n5 - n4, n6 - n5, n7 - n6, n8 - n7)
    print(type(ks).__name__, len(ks), ln, has, len(it), len(vs), sys.getrefcount(p), sys.getrefcount(C))


deltas()
deltas()

# The keys view is live: a class attribute set later shows in it.
ks = C.__dict__.keys()
C.z = 3
print('z' in ks, 'z' in C.__dict__, C.__dict__['z'])
del C.z
print('z' in ks)
print(C.__dict__ is C.__dict__, C.__dict__ == C.__dict__)

# The proxy holds the dict, not the class: the class can go while a proxy lives.
gc.collect()


class D:
    x = 1


r0 = sys.getrefcount(D)
proxy = D.__dict__
print(sys.getrefcount(D) - r0, sys.getrefcount(proxy))
del D
print(gc.collect() > 0, sorted(k for k in proxy if not k.startswith('__')), proxy['x'])
