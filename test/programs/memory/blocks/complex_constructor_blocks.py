# complex(): its parser's keyword tuple on first keywords (to 3.11), each part through
# PyNumber_Float (a float onto the free list), __complex__ looked up by an identifier (to 3.10).
import gc, sys
gc.collect()
gc.disable()
class Z:
    def __complex__(self):
        return 2 + 3j
class R:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0, r
print(blocks(lambda: complex(4, -5)))
print(blocks(lambda: complex(6, 7)))
print(blocks(lambda: complex(imag=2)))
print(blocks(lambda: complex(real=1.5, imag=2)))
print(blocks(lambda: complex()))
print(blocks(lambda: complex(Z())), blocks(lambda: complex(Z(), 1)))
print(complex(R(), I()), blocks(lambda: complex(R(), I())), blocks(lambda: complex(1j, 1j)))
print(blocks(lambda: [complex(i, i) for i in range(5)]))
for bad in [lambda: complex(None), lambda: complex(1, None), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(1, 2, 3), lambda: complex(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
