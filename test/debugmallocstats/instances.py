# Instances made in a function and dropped together.
import sys


class P:
    def __init__(self, x):
        self.x = x


def make(n):
    return [P(i) for i in range(n)]


ps = make(20)
del ps
sys._debugmallocstats()
