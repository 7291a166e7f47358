# Floats computed at run time (no float literals) and nested containers, freed again.
import sys

f = [i / 2 for i in range(10)]
del f
g = [(i, str(i), [i]) for i in range(5)]
del g
sys._debugmallocstats()
