# gc.get_count() around a list comprehension that uses a local of the enclosing function
# (3.11: a closure tuple and function object; 3.12+ inline it, PEP 709, and make neither).
import gc

gc.disable()

def uses_local(make, n):
    gc.collect()
    start = gc.get_count()[0]
    keep = [make(i) for i in range(n)]
    return gc.get_count()[0] - start

def uses_global(n):
    gc.collect()
    start = gc.get_count()[0]
    keep = [box(i) for i in range(n)]
    return gc.get_count()[0] - start

def box(i):
    return [i]

print(uses_local(box, 10), uses_global(10))
print(uses_local(lambda i: (i,), 5), uses_local(lambda i: i, 5))
gc.enable()
