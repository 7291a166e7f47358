# The reprs of functions, bound methods, builtins, cells, generators and code objects
# (their addresses replaced, since ids differ from CPython's).
def clean(s):
    out = ''
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            out += 'ADDR'
            i += 2
            while i < len(s) and s[i] in '0123456789abcdef':
                i += 1
        else:
            out += s[i]
            i += 1
    return out
def foo(): yield 1
class A:
    def m(self): pass
    def __repr__(self): return 'A()'
def outer():
    x = 1
    def inner(): return x
    return inner
items = [foo, A.m, A().m, lambda: 0, foo(), len, [].append, outer(), outer().__closure__[0], (x for x in ()), foo.__code__]
for o in items:
    print(clean(repr(o)).replace(__file__, 'FILE'))
