# Annotations cost memory per def: 3.8/3.9 keep a dict on the function; 3.10+ keep a
# tuple of names and values and make the dict only when __annotations__ is read.
import sys
g = sys.getallocatedblocks
class Point:
    pass
keep = []
# Empty the dict and dict-keys free lists first: what start-up leaves on them depends on the script.
drain = [{'k': i} for i in range(200)]
b0 = g()
for i in range(20):
    def f(x: int, y: Point) -> Point:
        return y
    keep.append(f)
b1 = g()
for fn in keep:
    fn.__annotations__
b2 = g()
print(b1 - b0, b2 - b1)
print(sys.getrefcount(Point))

# String annotations are constants: from 3.10 the compiler folds the whole (name, value)
# tuple into one constant, so a def allocates nothing for them until they are read.
quoted = []
b3 = g()
for i in range(20):
    def q(x: 'Point') -> 'Point':
        return x
    quoted.append(q)
b4 = g()
print(b4 - b3, q.__annotations__)
