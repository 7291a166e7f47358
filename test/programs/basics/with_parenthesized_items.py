# with statements listing their items in parentheses (3.9+), targets of every form, comments between items.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return (self.n, self.n)
    def __exit__(self, *a): print('exit', self.n)
d = {}
with (
    CM(1) as a,   # first
    CM(2) as (b, c),
    CM(3) as d['k'],
    CM(4),
):
    print(a, b, c, d)
with (CM(5) as e): print(e)
with (CM(6)) as f: print(f)
with (CM(7), CM(8)) if False else CM(9): pass
