# A bytes literal's object is the parser arena's until the script ends: one reference more than
# co_consts' (3.12+ two for a literal whose one non-empty piece is the object itself,
# _build_concatenated_bytes joining the pieces with PyBytes_Concat from b''); a folded one is
# make_const's.
import sys
a = b"abc"
print(sys.getrefcount(a))
b = b"ab" b"cd"
print(sys.getrefcount(b))
c = b"" b"cdx"
print(sys.getrefcount(c))
d = b"xy" + b"zw"
print(sys.getrefcount(d))
e = b"ab" * 8
print(sys.getrefcount(e))
def f():
    return b"inner!"
print(sys.getrefcount(f()))
g = b"abc"
print(sys.getrefcount(g), id(a) == id(g))
# A fold that gives an operand back (bytes_repeat by 1, bytes_concat with b'') adds that object
# to the arena once more.
h = b"pq" * 1
print(sys.getrefcount(h))
i = b"" + b"xyz"
print(sys.getrefcount(i))
j = b"rs" + b""
print(sys.getrefcount(j), id(b"pq" * 1) == id(h))
