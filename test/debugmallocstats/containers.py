# Tuples, lists and dicts made and freed in a loop go back to their free lists.
import sys

for i in range(50):
    t = (i, i + 1)
    l = [i] * 3
    d = {'a': i}
del t, l, d
sys._debugmallocstats()
