# The types CPython makes on the heap that a script reaches: the stream's TextIOWrapper (a heap
# type from 3.12), the main module's SourceFileLoader, __future__'s _Feature. Their instances
# hold them, and start-up's count them already.
import sys
rc = sys.getrefcount
print(rc(type(sys.stdout)), rc(type(__loader__)), rc(sys.__loader__))
import __future__
Feature = type(__future__.annotations)
print(rc(Feature))
kept = __future__.division
del __future__.division
print(rc(Feature), rc(kept))
del kept
print(rc(Feature))
