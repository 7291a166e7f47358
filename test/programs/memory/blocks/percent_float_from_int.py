# '%f' % an int reads it with PyFloat_AsDouble: int's nb_float makes a float, freed onto the
# float free list (a new block when that list is empty); an int past the double range refuses.
import gc, sys
gc.collect()
gc.disable()
drained = [float(i) for i in range(300)]
n = 300
def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0, r
print(blocks(lambda: '%.2f' % n))
print(blocks(lambda: '%.2f' % n))
print(blocks(lambda: '%e|%g|%f' % (n, True, 2.5)))
for bad in [lambda: '%f' % 10 ** 400, lambda: '%f' % 'x', lambda: float(10 ** 400)]:
    try:
        bad()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
