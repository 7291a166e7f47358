# types.GenericAlias from __class_getitem__ (3.9+): repr, __origin__/__args__/__parameters__, calls,
# equality, attribute reads passed to the origin, getsizeof, and the errors; 3.8 refuses list[int].
import sys
if sys.version_info < (3, 9):
    try:
        list[int]
    except TypeError as e:
        print(e)
    raise SystemExit

print(list[int], dict[str, int], tuple[int, ...], list[()], tuple[()], list[list[int]], set[5], frozenset[None], list['x'], type(list[int]), type(list[int]).__name__, type(list[int]).__module__)
g = list[int]
print(g.__origin__, g.__args__, g.__parameters__, g == list[int], g == list[str], g != list[int], hash(g) == hash(list[int]), g(), g((1, 2)), g.append, g.__class__)
print(list.__class_getitem__(int), sys.getsizeof(g), dict[str, int].__args__, tuple[int, str].__args__ is not None)
for f in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][int], lambda: list[int,][0], lambda: list.__class_getitem__(), lambda: g.foo]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(dict[str, int]({'a': 1}), enumerate[int], dir(list[int]) == dir(list[str]))
print(repr(list[...]), list[list])
