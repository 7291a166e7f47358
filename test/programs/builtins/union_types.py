# types.UnionType from type.__or__ (3.10+): repr, flattening and duplicates, None as NoneType,
# equality as sets, hash, isinstance()/issubclass() over the members, and the errors; before 3.10
# type | type is unsupported.
import sys
if sys.version_info < (3, 10):
    try:
        int | str
    except TypeError as e:
        print(e)
    raise SystemExit

u = int | str
print(u, type(u), type(u).__name__, type(u).__module__, u.__args__, int | None, None | int, int | str | int, (int | str) | (str | float), int | int, list[int] | None)
print(u == (str | int), u == (int | str), hash(u) == hash(str | int), isinstance(3, u), isinstance('a', u), isinstance(3.0, u), issubclass(bool, u), isinstance(None, int | None), sys.getsizeof(u))
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3), type.__or__)
for f in [lambda: int | 3, lambda: 3 | int, lambda: isinstance(3, list[int] | str), lambda: u[int], lambda: u.__parameters__]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

