# A long linked chain closed into a ring.
import gc
gc.collect()
head = [None]
node = head
for i in range(200):
    nxt = [None]
    node[0] = nxt
    node = nxt
node[0] = head
del head, node, nxt
print(gc.collect())
