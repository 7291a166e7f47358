# The loop variable keeps the last item after the loop.
import sys
x = object()
items = [x, x, x]
for item in items:
    pass
print(sys.getrefcount(x))
del item
print(sys.getrefcount(x))
squares = [v for v in items]
print(sys.getrefcount(x))
