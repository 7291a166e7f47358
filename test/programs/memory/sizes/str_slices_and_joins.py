# getsizeof of strings built by slicing, joining and str().
import sys
s = 'hello world, hello memory'
print(sys.getsizeof(s), sys.getsizeof(s[:5]), sys.getsizeof(s[6:]))
print(sys.getsizeof('-'.join(['ab', 'cd', 'ef'])))
print(sys.getsizeof(str(123456)), sys.getsizeof(str(2 ** 100)))
print(sys.getsizeof(repr(1.5)), sys.getsizeof(s.upper()))
