# Growing one list keeps one items block: realloc moves it, the count stays.
import gc, sys
gc.collect()
gc.disable()
lst = []
b0 = sys.getallocatedblocks()
seen = []
for i in range(100):
    lst.append(None)
    seen.append(sys.getallocatedblocks() - b0)
print(sorted(set(seen[:-1])))
print(seen[0], seen[50] - seen[0], seen[98] - seen[0])
