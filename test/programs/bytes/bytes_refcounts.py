# Reference counts of bytes and bytearray objects held by names, lists and dicts.
import sys
n = 3
b = b'ab' * n
ba = bytearray(b)
print(sys.getrefcount(b), sys.getrefcount(ba))
keep = [b, b, ba]
d = {b: ba}
print(sys.getrefcount(b), sys.getrefcount(ba))
del keep, d
print(sys.getrefcount(b), sys.getrefcount(ba))
ba2 = ba
ba2 += b'!'
print(ba2 is ba, sys.getrefcount(ba), ba)
c = b
c += b'?'
print(c is b, sys.getrefcount(b), sys.getrefcount(c), c)
def f(x):
    return sys.getrefcount(x)
print(f(ba) - sys.getrefcount(ba))
