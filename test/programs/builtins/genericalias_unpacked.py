# Iterating a generic alias gives its starred form (3.11+, PEP 646); tuple[*tuple[int, ...]].
import sys
x = tuple[*tuple[int, ...]]
print(x, x.__args__, x.__args__[0].__unpacked__, list[int].__unpacked__)
it = iter(list[int])
print(type(it).__name__, sys.getsizeof(it), next(it), list(it))
d = {(1, 2): 'a', (3,): 'b'}
k = [1, 2]
print(d[*k], d[*k,], d[*[3]], d[*(1,), 2])
print(tuple[int, *tuple[str, ...]] == tuple[int, *tuple[str, ...]], [*k][0])
