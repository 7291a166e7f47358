# A dict growing past five entries gives up its 8-slot keys object; the next small dict
# takes it, and a full collection releases what is still parked.
import gc, sys
gc.collect()
gc.disable()
names = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
d = {}
b0 = sys.getallocatedblocks()
for n in names:
    d[n] = None
b1 = sys.getallocatedblocks()
small = {'a': 1}
b2 = sys.getallocatedblocks()
big = [{'a': 1, 'b': 2, 'c': 3} for _ in names + names + names]
del big
b3 = sys.getallocatedblocks()
gc.collect()
b4 = sys.getallocatedblocks()
print('grown to seven str keys:', b1 - b0)
print('a new one-key dict:', b2 - b1)
print('collected with the free lists cleared:', b3 - b4)
