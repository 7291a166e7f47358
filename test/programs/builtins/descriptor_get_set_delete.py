# getset and member descriptors called directly: __get__, __set__ and __delete__ check the receiver
# (descr_check: "doesn't apply to a ... object") and their wrappers' counts (wrap_descr_get unpacks 1-2,
# wrap_descr_set 2, wrap_descr_delete 1); type.__name__'s __set__ renames the class.
class A: pass
class S:
    __slots__ = ('x',)
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, r if isinstance(r, (str, int)) else '')
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
d = type.__dict__['__name__']
show('getset set', lambda: d.__set__(A, 'B'))
show('name now', lambda: A.__name__)
show('getset set bad', lambda: d.__set__(A, 1))
show('getset set int', lambda: d.__set__(int, 'x'))
show('getset set 1', lambda: d.__set__(A))
show('getset set 3', lambda: d.__set__(A, 'B', 3))
show('getset set non', lambda: d.__set__(1, 'B'))
show('getset get', lambda: d.__get__(A))
show('getset get none', lambda: d.__get__(None, A))
show('getset get2', lambda: d.__get__(A, type))
show('getset get bad', lambda: d.__get__(1))
show('getset get 0', lambda: d.__get__())
show('getset delete', lambda: d.__delete__(A))
show('getset delete 0', lambda: d.__delete__())
m = S.__dict__['x']
s = S()
show('member set', lambda: m.__set__(s, 5))
show('member get', lambda: m.__get__(s))
show('member get cls', lambda: m.__get__(None, S))
show('member delete', lambda: m.__delete__(s))
show('member delete again', lambda: m.__delete__(s))
show('member get unset', lambda: m.__get__(s, S))
show('member set bad', lambda: m.__set__(1, 5))
show('member set 1', lambda: m.__set__(s))
dd = type.__dict__['__doc__']
show('doc set', lambda: dd.__set__(A, 'hi'))
show('doc', lambda: A.__doc__)
show('doc delete', lambda: dd.__delete__(A))
qd = type.__dict__['__qualname__']
show('qualname set', lambda: qd.__set__(A, 'Q'))
show('qualname del', lambda: qd.__delete__(A))
def f(a=1): pass
p = property(lambda self: 1)
show('property set', lambda: p.__set__(A(), 1))
show('property delete', lambda: p.__delete__(A()))
show('property get', lambda: p.__get__(A()))
