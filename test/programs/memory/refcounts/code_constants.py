# Literal constants are held by the code object (and the parser arena of the main script).
import sys
n = 123456789
print(sys.getrefcount(n))
m = n + 1
print(sys.getrefcount(m))
print(sys.getrefcount(987654321))
f = 2.5
print(sys.getrefcount(f))
def k():
    return 555555555
print(sys.getrefcount(k()))
