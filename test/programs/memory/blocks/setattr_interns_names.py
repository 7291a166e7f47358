# setattr and delattr intern the attribute's name (PyObject_SetAttr: PyUnicode_InternInPlace),
# so a name made at run time becomes the one str every later equal name is swapped for; the
# class's shared keys and the type attribute cache keep it alive after the attributes go.
# sys.intern keeps nothing on 3.8-3.11 and 3.13 once the last reference goes; 3.12 makes what
# it interns immortal.
import sys

g = sys.getallocatedblocks
n = 7
b = g()
s = sys.intern("ab%d" % n)
del s
print('sys.intern, dropped', g() - b)
b = g()
s = sys.intern("cd%d" % n)
t = sys.intern("cd%d" % n)
print('sys.intern twice', g() - b, s is t)
del s, t


class C:
    pass


objs = [C() for i in range(3)]
b = g()
for o in objs:
    setattr(o, "attr%d" % n, 1)
print('setattr with a made name', g() - b)
keys = [list(vars(o))[0] for o in objs]
print('one key object', keys[0] is keys[1] is keys[2])
del keys
b = g()
for o in objs:
    delattr(o, "attr%d" % n)
print('delattr', g() - b)
made = "attr%d" % n
print('the interned name outlives the attributes', sys.intern(made) is not made)
print([sys.getsizeof(vars(o)) for o in objs])


class D:
    pass


d = D()
b = g()
for i in range(5):
    setattr(d, "field%d" % i, i)
print('five new names on one instance', g() - b, sys.getsizeof(vars(d)))
e = D()
b = g()
for i in range(5):
    setattr(e, "field%d" % i, i)
print('the same names again', g() - b)
