# A list over-allocates as it grows: watch getsizeof jump only now and then, while
# the items array is reallocated into bigger size classes (and past 512 bytes, out
# of pymalloc into the system allocator).
import sys

items = []
sizes = []
for i in range(40):
    items.append(i)
    sizes.append(sys.getsizeof(items))
print("sizes while appending:", sizes)

while len(items) > 5:
    items.pop()
print("after popping down to 5:", sys.getsizeof(items))

squares = [n * n for n in range(10)]
print("a comprehension of 10:", sys.getsizeof(squares))
print("[0] * 10:", sys.getsizeof([0] * 10))
