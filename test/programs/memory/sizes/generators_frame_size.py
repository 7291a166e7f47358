# From 3.11 a generator's size grows with its code's locals and stack depth (co_framesize).
import sys
def gen_locals(n):
    a = b = c = n
    yield a + b + c
print(sys.getsizeof(gen_locals(1)))
print(sys.getsizeof(x for x in range(3)))
