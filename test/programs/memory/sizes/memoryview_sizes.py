# sys.getsizeof of a memoryview (PyMemoryViewObject with 3*ndim Py_ssize_t, plus the GC
# head) whatever its length, slice or exporter, and after release.
import sys
b = b'x' * 1000
ba = bytearray(b'abc')
for m in [memoryview(b''), memoryview(b'abc'), memoryview(b), memoryview(ba), memoryview(b)[::3], memoryview(b).cast('c'), memoryview(memoryview(ba))]:
    print(sys.getsizeof(m), m.__sizeof__(), len(m))
m = memoryview(b)
m.release()
print(sys.getsizeof(m))
print(memoryview.__basicsize__, memoryview.__itemsize__, memoryview.__dictoffset__, memoryview.__weakrefoffset__)
