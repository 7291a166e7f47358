# A closure's cell holds a reference to the captured object.
import sys
def make():
    v = object()
    def get():
        return v
    return get, v
get, v = make()
print(sys.getrefcount(v))
fns = [make() for _ in range(3)]
print(sys.getrefcount(fns[0][1]))
del get
print(sys.getrefcount(v))
