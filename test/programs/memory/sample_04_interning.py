# Identifier-like string constants are interned: equal ones are one object. Strings
# built at run time are not, unless sys.intern makes them so.
import sys

a = "arena_lens"
b = "arena_lens"
print(a is b)

c = "".join(["arena", "_", "lens"])
print(c == a, c is a)

d = sys.intern(c)
print(d is a)
