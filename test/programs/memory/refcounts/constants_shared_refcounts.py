# sys.getrefcount of constants used by several code objects: equal co_consts tuples are one
# tuple (compile.c merge_const_one), so functions alike in their constants add no reference;
# other code objects' tuples hold one each, and the parser's arena the first occurrence.
import sys

def f(): return 8.5
print("one function", sys.getrefcount(f()))
def g(): return 8.5
print("two alike functions", sys.getrefcount(f()))
def h(): return 8.5, 9.5
print("and a tuple holding it", sys.getrefcount(f()))
def k(x): return x * 8.5
print("and a function with other constants", sys.getrefcount(f()))
y = 8.5
print("and the module", sys.getrefcount(f()), y is f())
z = y
print("and a name", sys.getrefcount(f()))

def s(): return "a str, not interned"
def s2(): return "a str, not interned"
def s3(): return "a str, not interned", 1.25
print("str", sys.getrefcount(s()))
def t(): return (4.5, "t u")
def t2(): return (4.5, "t u")
print("tuple", sys.getrefcount(t()), sys.getrefcount(t()[0]))
