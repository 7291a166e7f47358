# With a small threshold, cycles are collected without calling gc.collect().
import gc
gc.collect()
gc.set_threshold(50, 10, 10)
for i in range(1000):
    a = [i]
    a.append(a)
del a
left = gc.collect()
print(left < 100)
