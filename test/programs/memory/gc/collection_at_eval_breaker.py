# From 3.12 an allocation past the threshold only schedules a collection: it runs at the
# next eval-breaker check (a call's end, a jump back, a function's start), so one C call
# that allocates many containers collects once, after it; up to 3.11 it collects inside.
import gc

gc.collect()
before = gc.get_count()
lists = list(map(list, [()] * 1600))
print(before, gc.get_count())
del lists
gc.collect()
pairs = [[i] for i in range(1600)]
print(gc.get_count())
gc.collect()


def make(n):
    return [[] for _ in range(n)]


made = make(800)
print(gc.get_count())
