# min and max up to 3.12 take their arguments as a tuple and their keywords as a dict (METH_VARARGS
# | METH_KEYWORDS), given back to the free lists after the call; 3.13 passes them on the stack.
# With those free lists drained, each shows as a block.
import sys
d1 = [(i,) for i in range(100)]
d2 = [(i, i) for i in range(100)]
dd = [{} for i in range(100)]
data = [3, 1, 2]
before = sys.getallocatedblocks()
m = min(data)
print("min(data):", sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
m = min(data, key=lambda v: -v)
print("min(data, key=):", sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
m = max(4, 5, 6)
print("max(4, 5, 6):", sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
m = max(data, default=0)
print("max(data, default=0):", sys.getallocatedblocks() - before, m)
