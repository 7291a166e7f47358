# A container inside containers: each enclosing slot counts once.
import sys
inner = [0]
outer = [inner, inner, [inner]]
print(sys.getrefcount(inner))
d = {'a': inner, 'b': (inner, inner)}
print(sys.getrefcount(inner))
del outer
print(sys.getrefcount(inner))
d.clear()
print(sys.getrefcount(inner))
