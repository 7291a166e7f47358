# The first print can leave objects the collector counts: on free lists gc.collect() emptied
# (3.8's bound builtin methods, 3.11+'s tuple of print's *args) or kept for good (3.11's
# keyword tuple). Later prints reuse them.
import gc
import sys
gc.disable()
gc.collect()
count = gc.get_count
c0 = count()[0]
c1 = count()[0]
sys.stdout.write("a")
c2 = count()[0]
print("b")
c3 = count()[0]
print(5)
c4 = count()[0]
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3)
