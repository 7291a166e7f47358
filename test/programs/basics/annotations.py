# Annotated assignments: a module's and a class's __annotations__ collect bare names in
# order; other targets and function bodies store nothing; annotations are evaluated where
# CPython evaluates them.
import sys
calls = []
def note(v):
    calls.append(v)
    return v
x: int = 5
y: note('y-ann')
print(__annotations__)
class K:
    """K doc"""
    a: int = 1
    b: note('b-ann')
    if True:
        c: str
    def m(self):
        local: note('never') = 3
        return local
print(K.__annotations__, K.a, 'b' in vars(K), K().m())
print(list(vars(K))[:5])
class Plain:
    pass
print('__annotations__' in vars(Plain))
class Obj:
    pass
o = Obj()
o.attr: note('attr-ann') = 7
lst = [0]
lst[0]: note('sub-ann')
(z): note('paren') = 9
print(o.attr, lst, z, calls)
print(sorted(__annotations__))
