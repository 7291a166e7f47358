# str.join of two or more items makes a new str even when the result is one character long
# (PyUnicode_New in _PyUnicode_JoinArray); only an empty result is the empty-string singleton.
import sys

for parts in (["x", ""], ["", "y"], ["\u00e9", ""], ["\u0100", ""]):
    a = "".join(parts)
    b = "".join(parts)
    print(repr(a), a is b, a is (parts[0] or parts[1]), sys.getrefcount(a))
print("".join(["", ""]) is "".join([]))
print("-".join(["x"]) is "x".join(["x"]))
