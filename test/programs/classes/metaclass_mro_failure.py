# A metaclass whose mro() returns a non-class: the class statement fails, the metaclass keeps its
# references (the failed class held one), and up to 3.9 the class lives on in a cycle through
# its __dict__ and __weakref__ descriptors (added before mro_internal) until a collection.
import gc, sys
gc.collect()
class Meta(type):
    def mro(cls):
        return [1]
print(sys.getrefcount(Meta))
for i in range(3):
    b0 = sys.getallocatedblocks()
    try:
        class C(metaclass=Meta):
            x = 1
    except TypeError as e:
        # The first pass warms up caches whose figure depends on the environment (3.10).
        print(e, i and sys.getallocatedblocks() - b0, sys.getrefcount(Meta))
    b1 = sys.getallocatedblocks()
    print('collected', gc.collect(), sys.getallocatedblocks() - b1, sys.getrefcount(Meta))
try:
    Meta('D', (), {})
except TypeError as e:
    print(e, sys.getrefcount(Meta))
print(gc.collect(), sys.getrefcount(Meta))
class Meta2(type):
    pass
class E(metaclass=Meta2):
    pass
r = sys.getrefcount(Meta2)
del E
print(gc.collect(), sys.getrefcount(Meta2) - r)
