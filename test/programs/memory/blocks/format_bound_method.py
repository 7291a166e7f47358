# format() past PyObject_Format's fast path looks __format__ up bound: 3.8 keeps the bound
# builtin method on its free list; str.format writes exact str/int/float/complex directly.
import gc, sys
gc.collect()
gc.disable()
class Text(str):
    pass
class Num(int):
    pass
class Shown:
    def __format__(self, spec):
        return 'shown:' + spec
def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0, r
print(blocks(lambda: format(True)))
print(blocks(lambda: f'{2.5}'))
# The classes' first __format__ lookups fill the type attribute cache, whose slots follow the
# names' addresses (3.10's environment strings move them): done once unmeasured first.
f'{Text("s")}|{Num(2)}|{Shown()}'
print(blocks(lambda: f'{Text("t")}|{Num(3)}|{Shown()}'))
print(blocks(lambda: f'{7:>4}|{False:d}|{1.5:.2f}|{Shown():x}'))
print(blocks(lambda: '{}|{}|{:^5}|{}'.format(1, 2.0, 'ab', 3j)))
print(blocks(lambda: '{}|{:>6}|{}'.format(True, Text('u'), Shown())))
print(blocks(lambda: [format(x, '') for x in (1, 'a', 1.0, None, Num(2))]))
# complex_repr's PyUnicode_FromFormat decodes each %s piece: '(' and '4' are new one-character strs to 3.10.
print(blocks(lambda: repr(complex(4, -5))), blocks(lambda: repr(complex(0, 4))))
try:
    format(1, 2)
except TypeError as e:
    print(e)
class Bad:
    def __format__(self, spec):
        return 5
try:
    f'{Bad()}'
except TypeError as e:
    print(e)
