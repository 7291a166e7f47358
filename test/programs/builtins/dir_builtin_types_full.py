# The full dir() of the builtin types and of their instances and iterators, as each version lists
# them (object's methods inherited everywhere, per-type methods, versioned names).
def f():
    pass

types = [object, int, bool, float, complex, str, list, tuple, dict, set, frozenset, range, slice, type(None), type(f)]
for T in types:
    print(T.__name__, len(dir(T)), dir(T))
for x in [1, True, 1.5, 2j, 'a', None, f, object(), [], (), {}, set(), range(2), slice(1)]:
    print('instance', type(x).__name__, dir(x) == dir(type(x)) or sorted(set(dir(x)) - set(dir(type(x)))))
iters = [iter([]), iter(()), iter('abc'), iter('\xe9'), iter({}), iter(set()), iter(range(3)), iter(b''), reversed([]),
         iter({}.values()), iter({}.items()), reversed(range(2)), enumerate([]), zip(), map(f, []), filter(f, [])]
for it in iters:
    print('iter', type(it).__name__, dir(it))
