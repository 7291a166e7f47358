# The list str.split and str.rsplit return is made with room for the pieces expected
# (stringlib/split.h PREALLOC_SIZE; from 3.12 an unlimited split is bounded by the most
# pieces the text can give), so sys.getsizeof shows the room, not the pieces.
import sys


class S(str):
    pass


cases = [
    ("abc", (" ",)), ("abc", ()), ("a b", (" ",)), ("a b", ()), ("abc", (" ", 0)),
    ("", (" ",)), ("", ()), (" ", ()), ("a,b,c,d,e,f,g,h,i,j,k,l,m,n", (",",)),
    ("a b c d e f g h i j k l m n o", ()), ("abcdef", ("cd",)), ("ab", ("abc",)),
    ("héllo wörld", ()), ("ab", ("\u20ac",)), ("a\u20acb", ("\u20ac",)), ("x y z", (None, 1)),
]
for s, a in cases:
    print(repr(s), a, sys.getsizeof(s.split(*a)), sys.getsizeof(s.rsplit(*a)), s.split(*a))
w = S("ab")
r = w.split("abc")
print(type(r[0]).__name__, r[0] is w, sys.getsizeof(r))
r = w.split()
print(type(r[0]).__name__, r[0] is w, sys.getsizeof(r))
