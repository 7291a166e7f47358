# A string's kind is its widest character: concatenation widens the whole string.
import sys
a = 'a' * 10
print(sys.getsizeof(a))
print(sys.getsizeof(a + '\xe9'))
print(sys.getsizeof(a + '\u20ac'))
print(sys.getsizeof(a + '\U0001f600'))
print(sys.getsizeof((a + '\U0001f600')[:10]))
