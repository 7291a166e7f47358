# What the free lists hold when a script's first line runs: start-up's leftovers.
import sys

sys._debugmallocstats()
