# One-character strs: chr(), indexing and decoding give the Latin-1 singleton; a constant,
# a name or sys.intern give the interned str. In 3.11 and 3.12 some characters are interned
# as a second static object (the deep-frozen modules' own), so the two are not the same.
import sys

constants = ['a', 'b', 'k', 'x', '_', 'A', 'B', 'Z', '0', '7', ' ', 'é']
for k in constants:
    c = chr(ord(k))
    print(repr(k), c is k, sys.intern(c) is k, sys.intern(c) is c, k.encode().decode() is c)
print(''.join(chr(i) for i in range(32, 256) if sys.intern(chr(i)) is not chr(i)))
d = {}
d['b'] = 1
key = next(iter(d))
print(key is constants[1], key is chr(98))


class C:
    pass


o = C()
setattr(o, chr(120), 5)
print(next(iter(vars(o))) is constants[3])
b = 'b'
x = 'x'
abc = 'abc'
print(chr(98) is b, sys.intern(chr(98)) is b, abc[1] is chr(98), abc[1] is b, chr(120) is x, x is constants[3])
