# dir() of generic aliases (3.9+): the origin's names plus what the alias answers itself (ga_dir), per
# version, and which names are read from the alias rather than the origin.
import sys
if sys.version_info < (3, 9):
    raise SystemExit
for g in [list[int], dict[str, int], tuple[int, ...], set[str], frozenset[int]]:
    print(g, sorted(set(dir(g)) - set(dir(g.__origin__))), sorted(set(dir(g.__origin__)) - set(dir(g))), len(dir(g)))
g = list[int]
print(type(g).__dir__(g)[-8:])
for name in ['__copy__', '__deepcopy__', '__mro_entries__', '__args__', 'append', '__len__']:
    try:
        print(name, type(getattr(g, name)).__name__)
    except AttributeError as e:
        print(name, 'AttributeError', e)
