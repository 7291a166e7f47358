# get_threshold defaults per version; set_threshold changes them.
import gc
old = gc.get_threshold()
print(old)
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
