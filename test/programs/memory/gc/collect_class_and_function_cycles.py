# gc.collect() counts for classes, functions and instances that form cycles once their last outside reference goes.
import gc
gc.collect()
gc.disable()
def make_class():
    class Temp:
        def method(self):
            return self
    return Temp
C = make_class()
del C
print("class:", gc.collect())
def make_instance_with_method_ref():
    class Node:
        pass
    n = Node()
    n.me = n.__init__
    return n
x = make_instance_with_method_ref()
del x
print("instance + class + bound method:", gc.collect())
def recursive_closure():
    def again(n):
        return again(n - 1) if n else 0
    return again
r = recursive_closure()
print(r(3))
del r
print("recursive closure:", gc.collect())
class Keep:
    pass
k = Keep()
k.d = {"self": k, "l": [k]}
del k
print("instance + dict + list:", gc.collect())
def gen():
    g = yield
    yield g
g = gen()
next(g)
g.send(g)
del g
print("generator holding itself:", gc.collect())
print("nothing left:", gc.collect())
gc.enable()
