# From 3.10 a NameError the interpreter raises holds the name it failed to find (format_exc_check_arg
# sets its name member), the interned str of the code; a NameError given name= holds that one.
import sys
s = sys.intern("undefined_" + "thing")
b = sys.getrefcount(s)
try:
    undefined_thing
except NameError as e:
    print(sys.getrefcount(s) - b, getattr(e, 'name', None) is s if sys.version_info >= (3, 10) else None)
    err = e
del err
print(sys.getrefcount(s) - b)
try:
    raise NameError("x", name="lenn") if sys.version_info >= (3, 10) else NameError("x")
except NameError as e:
    print(e, getattr(e, 'name', '-'))
