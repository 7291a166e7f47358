# A generator dropped by a tuple's dealloc is closed once, though its close allocates and a
# collection runs then: a dealloc untracks the tuple first (PyObject_GC_UnTrack), so the
# collection neither counts the dying tuple's references nor frees the generator again.
import gc


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


gc.set_threshold(1)
for i in range(3):
    g = numbers(i)
    next(g)
    holder = (g, [])
    del g
    del holder
gc.set_threshold(700)
pair = zip("ab", numbers("zip"))
print(list(pair))
del pair
print(gc.collect())
print("end of script")
