# getsizeof is shallow: nested contents are not counted.
import sys
inner = list(range(1000))
outer = [inner]
print(sys.getsizeof(outer), sys.getsizeof([list(range(1000))]))
d = {'big': 'x' * 10000}
print(sys.getsizeof(d))
t = (inner, inner)
print(sys.getsizeof(t))
