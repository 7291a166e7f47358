# The one-character strings and bytes above ASCII, which neither start-up nor this script's
# source uses: 3.11 allocates them statically at _PyObject_IMMORTAL_INIT's count (999999999),
# 3.12 makes them immortal, and up to 3.10 the cache makes each on first use.
import sys

print([sys.getrefcount(chr(i)) for i in range(0x80, 0x100)])
print([sys.getrefcount(bytes([i])) for i in range(0x80, 0x100)])
c = chr(0xe9)
b = bytes([0xe9])
print(sys.getrefcount(c), sys.getrefcount(b))
