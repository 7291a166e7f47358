# Which 1-tuple start-up left on the free list has no trace: lines 5-12 take one each (line 4
# grows the globals first). A line tracemalloc gives no block took the tuple start-up made
# before tracing began and freed after, which NewReference can't re-tag (3.8-3.13).
a = t1 = t2 = t3 = t4 = t5 = t6 = t7 = t8 = None
t1 = (a,)
t2 = (a,)
t3 = (a,)
t4 = (a,)
t5 = (a,)
t6 = (a,)
t7 = (a,)
t8 = (a,)
