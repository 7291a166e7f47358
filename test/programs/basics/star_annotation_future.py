# Under `from __future__ import annotations` a star annotation of `*args` (3.11+, PEP 646)
# is kept as its text, star and all. Before 3.11 the star is invalid syntax.
from __future__ import annotations


def f(*args: *Ts, **kw: int) -> tuple[*Ts]:
    pass


def g(*args: *tuple[int, ...] | a):
    pass


print(f.__annotations__)
print(g.__annotations__)
