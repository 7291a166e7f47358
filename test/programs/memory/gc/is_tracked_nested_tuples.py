# Nested tuples are untracked from the inside out, one collection at a time.
import gc
x = 5000
t = ((x, x), (x, (x, x)))
print(gc.is_tracked(t), gc.is_tracked(t[0]))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(t[0]), gc.is_tracked(t[1][1]))
gc.collect()
print(gc.is_tracked(t))
