# sys.getsizeof of a bytearray as it grows by append, +=, extend and shrinks by pop and del.
import sys
b = bytearray()
sizes = []
for i in range(70):
    sizes.append(sys.getsizeof(b))
    b.append(i)
print(sizes)
b = bytearray()
sizes = []
for i in range(25):
    b += b'abcde'
    sizes.append(sys.getsizeof(b))
print(sizes)
b = bytearray()
sizes = []
for i in range(12):
    b.extend(range(i))
    sizes.append(sys.getsizeof(b))
print(sizes)
sizes = []
while b:
    b.pop()
    sizes.append(sys.getsizeof(b))
print(sizes)
b = bytearray()
allocs = []
for i in range(20):
    b.append(i)
    allocs.append(b.__alloc__())
print(allocs, bytearray().__alloc__(), bytearray(b'abc').__alloc__())
