# sys.getsizeof of iterator objects: list/tuple/str/dict/set/range iterators, enumerate, zip, map, filter, reversed.
import sys
data = [1, 2, 3]
objs = [
    ("list_iterator", iter(data)),
    ("tuple_iterator", iter((1, 2))),
    ("str_iterator", iter("abc")),
    ("str_iterator_wide", iter("ab€")),
    ("bytes_iterator", iter(b"ab")),
    ("dict_keyiterator", iter({1: 2})),
    ("dict_valueiterator", iter({1: 2}.values())),
    ("dict_itemiterator", iter({1: 2}.items())),
    ("set_iterator", iter({1, 2})),
    ("range_iterator", iter(range(10))),
    ("reversed_list", reversed(data)),
    ("reversed_range", reversed(range(5))),
    ("reversed_tuple", reversed((1, 2, 3))),
    ("enumerate", enumerate(data)),
    ("zip2", zip(data, data)),
    ("zip3", zip(data, data, data)),
    ("map", map(str, data)),
    ("filter", filter(None, data)),
    ("callable_iterator", iter(lambda: 1, 0)),
    ("bytearray_iterator", iter(bytearray(b"x"))),
]
for name, it in objs:
    print(f"{name:20} {type(it).__name__:22} {sys.getsizeof(it)}")
it = iter(data)
before = sys.getsizeof(it)
list(it)
print("exhausted list iterator same size:", sys.getsizeof(it) == before)
e = enumerate("ab", 5)
print(next(e), sys.getsizeof(e))
g = (x for x in data)
print(type(g).__name__, sys.getsizeof(g) > 0)
