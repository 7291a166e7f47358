# The walrus operator and imports of sys/gc/math with `as` and from-import.
import math
import math as m
from math import sqrt, pi as PI
import sys, gc
from sys import getrecursionlimit as limit
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
pos = 0
while (chunk := data[pos:pos + 2]):
    print(chunk)
    pos += 2
print(sqrt(16), m.floor(PI * 100), math.isclose(0.1 + 0.2, 0.3), limit())
print(type(sys.maxsize).__name__ if False else "int", gc.isenabled())
print(m is math, sys.version_info[0], sys.version_info >= (3, 8))
