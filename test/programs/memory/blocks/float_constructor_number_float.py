# float(x) is PyNumber_Float past a str: __float__, else __index__; a float subclass (or an
# int) gives a new exact float, an exact float is itself.
import gc, sys
gc.collect()
gc.disable()
class I:
    def __index__(self):
        return 7
class F(float):
    pass
class G(float):
    def __float__(self):
        return 2.5
class N(int):
    def __float__(self):
        return 9.5
class Bad:
    def __float__(self):
        return 'x'
x = 3.25
def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0, r
print(float(I()), float(F(1.5)), float(G(1.5)), float(N(4)), float(True), type(float(F(2.0))).__name__)
print(blocks(lambda: float(x)), float(x) is x, blocks(lambda: float(F(1.5))))
print(blocks(lambda: [float(i) for i in range(3)]))
for bad in [lambda: float(Bad()), lambda: float(None), lambda: float(2 ** 2000), lambda: float(I)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
