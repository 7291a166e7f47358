# Class bases with *args and keywords after **; a function's __module__ can be set and deleted.
class Meta(type):
    def __new__(cls, name, bases, ns, **kw):
        return bases, kw
d = {'metaclass': Meta}
class B: pass
class C: pass
class A(B, *[C], **d, foo='bar'): pass
print(A)
def g(): pass
def h(): "doc"
for r in ['__module__', '__name__', '__qualname__', '__doc__']:
    setattr(g, r, getattr(h, r))
print(g.__qualname__, g.__doc__, g.__name__)
g.__dict__.update(h.__dict__)
g.__module__ = 'mod'
print(g.__module__, h.__module__, repr(g).startswith("<function h at"))
del g.__module__
print(g.__module__)
