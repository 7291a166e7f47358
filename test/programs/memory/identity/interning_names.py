# Identifier-like string constants are interned; others are shared only within one code object.
import sys
a = "hello_world"
b = "hello_" + "world"
print(a is b)
c = "hello world"
d = "hello world"
print(c is d)
x = "".join(["hello", "_world"])
print(x == a, x is a, sys.intern(x) is a)
y = "".join(["not an", " identifier"])
z = sys.intern(y)
print(z is y, sys.intern("not an identifier") is z)
