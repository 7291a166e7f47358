# A dict view's .mapping (3.10+): a new mappingproxy over the dict at each read, its lookups,
# methods, | and reversed(), comparisons passed to the dict, str and repr, and its refusals.
import sys
d = {'a': 1, 'b': 2}
if sys.version_info < (3, 10):
    print(hasattr(d.keys(), 'mapping'))
    raise SystemExit
m = d.keys().mapping
print(m, type(m), type(m).__name__, sys.getsizeof(m), m['a'], len(m), list(m), 'a' in m, m.get('z', 0), m.get('b'), list(m.keys()), list(m.values()), list(m.items()), m.copy(), m == d, m is d.keys().mapping, m == d.keys().mapping)
print(d.values().mapping, d.items().mapping['b'], list(reversed(m)), m | {'c': 3}, {'c': 3} | m)
for f in [lambda: m['zz'], lambda: m.__setitem__('a', 2), lambda: setattr(m, 'x', 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d['c'] = 3
print(m, str(m), repr(m))
