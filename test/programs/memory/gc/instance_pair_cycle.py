# Two instances referring to each other: with their __dict__ objects up to 3.10.
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
