# A caught exception's objects (its args tuple, traceback, frame) and what they leave.
import sys


class B:
    def __init__(self, value):
        self.data = [1, 2, 3]
        return value


try:
    B(1)
except TypeError as e:
    pass
sys._debugmallocstats()
try:
    B(1)
except TypeError as e:
    pass
sys._debugmallocstats()
