# A tuple holding a list that holds the tuple: a two-object cycle.
import gc
gc.collect()
lst = []
t = (lst, 1)
lst.append(t)
del lst, t
print(gc.collect())
