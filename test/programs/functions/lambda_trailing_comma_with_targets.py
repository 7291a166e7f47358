# A lambda's parameter list may end in a comma, after / too; a with target may span lines.
x = lambda a, b, /, : a + b
print(x(1, 2), (lambda a,: a)(3), (lambda *a,: a)(4), (lambda a, *, b,: b)(1, b=5))
class CM:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with CM() as (
        a, b):
    print(a, b)
d = {}
with CM() as (  # tuple
    d['x'],
    d['y'],
):
    print(d)
