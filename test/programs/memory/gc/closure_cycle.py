# A nested function that refers to itself through its closure cell.
import gc
def make():
    def f():
        return f
    return f
gc.collect()
g = make()
del g
print(gc.collect())
