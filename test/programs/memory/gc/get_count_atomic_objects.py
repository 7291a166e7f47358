# Atomic objects (ints, floats, strs) do not count toward the collector's threshold.
import gc
gc.disable()
gc.collect()
n = 12345
print('start')
gc.get_count()
c0 = gc.get_count()[0]
x = n * 1000
y = n / 7
z = 'ab' * (n // 4000)
w = n << 100
r1 = gc.get_count()[0] - c0
s = {x, y}
r2 = gc.get_count()[0] - c0
print(r1, r2)
