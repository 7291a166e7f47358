# dir(memoryview) per version (__iter__ from 3.10, the buffer methods and _from_flags from 3.12),
# its slot wrappers and getsets, and the iterator a view gives (memory_iterator from 3.10).
import sys
print(dir(memoryview))
print(memoryview.__len__, memoryview.__getitem__, memoryview.__hash__)
print(memoryview.tobytes, memoryview.nbytes, memoryview.obj)
print(memoryview.release.__qualname__, memoryview.__buffer__.__name__ if sys.version_info >= (3, 12) else None)
it = iter(memoryview(b'abc'))
print(type(it).__name__, sys.getsizeof(it), list(it), list(it))
if sys.version_info >= (3, 10):
    print([n for n in dir(type(it)) if n not in dir(object)])
if sys.version_info >= (3, 12):
    print(bytes.__buffer__, bytearray.__release_buffer__, memoryview.__buffer__)
    print(memoryview._from_flags.__name__, memoryview._from_flags(b'xy', 0).tobytes())
print(hasattr(memoryview, '__iter__'), hasattr(memoryview, '__contains__'), memoryview.__hash__ is None)
