# Blocks left by importing modules already in sys.modules. Up to 3.11 a start-up module
# (sys, builtins) has no __spec__._initializing, so import_ensure_initialized raises and
# clears an AttributeError; 3.10 and 3.11 normalize it, whose args tuple goes to the free list.
import sys
g = sys.getallocatedblocks
d = {}
b = g()
import sys
d['import sys'] = g() - b
b = g()
import builtins
d['import builtins'] = g() - b
import gc
b = g()
import gc
d['import gc again'] = g() - b
b = g()
import gc as collector
d['import gc as collector'] = g() - b
b = g()
from gc import collect
d['from gc import collect'] = g() - b
b = g()
from sys import getsizeof, intern
d['from sys import getsizeof, intern'] = g() - b
# With the one-item tuple free list drained, the tuple a cleared AttributeError makes is new.
ones = [(object(),) for i in range(100)]
b = g()
import sys
d['import sys, no free one-item tuple'] = g() - b
ones2 = [(object(),) for i in range(100)]
b = g()
import builtins as b2
d['import builtins as b2, no free one-item tuple'] = g() - b
ones3 = [(object(),) for i in range(100)]
b = g()
import gc
d['import gc again, no free one-item tuple'] = g() - b
for k in d:
    print(k, d[k] - 1)
