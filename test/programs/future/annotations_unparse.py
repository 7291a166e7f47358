# Under `from __future__ import annotations` (PEP 563) annotations are not evaluated: each is
# stored as the text Python/ast_unparse.c writes for it (3.8 unparses after folding constants).
from __future__ import annotations
def f(a: 1 + 2, b: -1, c: (1, 2), d: "x" * 3, e: not True, g: ~5) -> 2 ** 10: pass
print(f.__annotations__)
def h(a: list[int], b: dict[str, tuple[int, ...]], c: int | None, d: x if y else z,
      e: lambda x, *a, k=1, **kw: x, f: a[b, c], g: a[1:2, ::3], h: a[(1, 2)], i: a[()],
      j: 'it''s', k: "q\"x", l: f"{x!r:>{w}} and {y}", m: b'ab\n', n: 1e10, o: 0x1F, p: 1_000,
      q: 3.14, r: 1j, s: [*a, *b], t: {1: 2, **d}, u: {1, 2}, v: (x for x in y if x),
      z: a.b.c(d, *e, k=f, **g)): pass
print(h.__annotations__)
def k(a: (a, b) < c <= d is not e, b: a and (b or c), c: (a + b) * c, d: a ** -b, e: -a ** b,
      f: (-a) ** b, g: a - (b - c), h: (a - b) - c, i: not a == b, k: a if (b if c else d) else e,
      l: (lambda: 1)(), m: (a, ), n: (), o: ..., p: None, q: True, r: 1e400, s: -1e400, t: 1e400j, u: 'a\x00\u1234\U0001F600',
      v: {**a}, w: {k: v for k, v in x}, x: [*a], y: f"{'a'}", z: f'{a=}', aa: f'{{}}{a:{b}}x', ab: (a.b)[c], ac: (1).real, ad: 1.0.real):
    pass
print(k.__annotations__)
x: List[int] = []
y: "str"
class C:
    a: int
    b: C = None
    def m(self, other: C) -> C: ...
print(__annotations__, C.__annotations__, C.m.__annotations__)
def m(a: a[b:c], b: a[:], c: a[b, ...], e: (*a,), f: a[1:2:3], g: {a: b}, h: a(b for b in c), i: a(*b), j: a(b=1)[c],
      k: f'{a!s}{b!a}{c:d}', l: f'{"x"}', m: f'{a}' f'b' 'c', n: 'a' f'{b}', o: f'{(a, b)}', p: f'{x:{y}.{z}}', q: f'{a:}',
      s: f'{3.0!r}', t: r'\d', u: "'", v: '"', w: '\'"', x: 1.5e-10, y: 1_0.0, z: 0o17, aa: 1 if 2 else 3 if 4 else 5, ab: (1 if 2 else 3) if 4 else 5, ac: a or b and c, ad: (a or b) and c,
      ae: not (a and b), af: -(-a), ag: +a, ah: a @ b, ai: a // b % c << d >> e & f ^ g | h, aj: a | (b | c), ak: (a, b) in c, al: a not in b, am: (lambda: (yield))) -> (a, b): ...
print(m.__annotations__)
