# str.format and format_map: positional, keyword, auto-numbering, indexing, attributes, nesting, errors.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print("{} {}".format(1, 2), "{0}{1}{0}".format('a', 'b'), "{x}-{y}".format(x=3, y=4))
print("{0[1]} {1[k]} {p.x},{p.y}".format([1, 2], {'k': 'v'}, p=P(5, 6)))
print("{{}} {{{0}}}".format(7), "{:>5}|{:<5}|{:^5}|".format('a', 'b', 'c'))
print("{0!r:>6}|{0!s}|{1!a}".format('a', 'é'), "{:08.3f}|{:,}|{:x}".format(3.14159, 10**6, 255))
print("{:{w}.{p}f}|{:>{}}".format(2.5, 'z', 4, w=8, p=2))
print("{a} and {b}".format_map({'a': 1, 'b': [2]}))
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for r in rows:
    print("{:<8}|{:>5}".format(*r))
cases = [("{} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{1}", (1,), {}), ("{x}", (), {}),
         ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{a.}", (), {'a': 1}),
         ("{0[0]x}", ([1],), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0.foo}", (1,), {}),
         ("{0[x]}", ({},), {}), ("{:d}", (1.5,), {}), ("{:s}", (1,), {}), ("{0", (1,), {})]
for fmt, a, k in cases:
    try:
        print(fmt.format(*a, **k))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)
