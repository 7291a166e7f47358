# More annotation texts: lambdas with every kind of parameter, comprehensions, power and
# comparison precedence, f-strings with nested fields, number and string reprs.
from __future__ import annotations
def f(a: lambda a, /, b=1, *, c, d=2, **k: 0, b: {k: v for k in x if k for v in y if v if w}, c: not not a,
      d: a if b else (lambda: c), e: -(1), f: 1+2j, g: (1).real, h: x[-1], i: x[1:-1], j: 'a' 'b', k: b'q"\'', l: a[..., 1],
      m: a[1, 2, 3], n: a[(1, 2), 3], o: a[(), ()], p: x[1:2, 3], q: (a for b in c for d in e), r: a(*[1], **{}), s: a.b[c].d(e)[f],
      t: (a, *b), u: [*a, *b] + [c], w: (2 ** 3) ** 4, x: 2 ** 3 ** 4, y: a < (b < c), z: (a < b) < c,
      aa: -2 ** 2, ab: (-2) ** 2, ac: not a in b, ad: a and not b, ae: lambda: (yield from x), af: f'{a!r}' 'x{y}', ag: f'{{{a}}}',
      ah: f'{a:{b}{c}}', ai: f"{'q'!r}", aj: f'{a if b else c}', al: f'{ {a: b} }', am: 1.0, an: 1e-5, ao: 1e16, ap: 0.1 + 0.2,
      aq: "\t\x7f\u00e9\U0001f600", ar: 'a\\b', at: 10 ** 20, au: 1_000_000_000_000_000_000_000, av: True + 1, aw: None.x, ax: ...[1]):
    pass
for k, v in f.__annotations__.items(): print(k, v)
