# Equal constants in different code objects of one module are one object: the compiler's
# constant cache (compile.c merge_consts_recursive) merges them across the whole module,
# also inside tuple constants, nested functions, lambdas, comprehensions and class bodies.
import sys

def f(): return 1.5
def g(): return 1.5
print("float", f() is g())

def big(): return 10 ** 30
def big2(): return 1000000000000000000000000000000
print("folded big int", big() is big2())

def s1(): return "not an identifier!"
def s2(): return "not an identifier!"
print("str", s1() is s2())

def t1(): return (1, 2.5, "x y")
def t2(): return (1, 2.5, "x y")
print("tuple", t1() is t2(), t1()[1] is t2()[1])

def b1(): return b"some bytes"
def b2(): return b"some bytes"
print("bytes", b1() is b2())

def outer():
    def inner(): return 2.75
    return inner
def plain(): return 2.75
print("nested function", outer()() is plain())

lam = lambda: 3.25
def h2(): return 3.25
print("lambda", lam() is h2())

def comp(): return [3.75 for _ in range(1)][0]
def h3(): return 3.75
print("comprehension", comp() is h3())

def gen(): return next(4.5 for _ in range(1))
def h4(): return 4.5
print("generator expression", gen() is h4())

class K:
    x = 4.25
    def m(self): return 4.25
def h5(): return 4.25
print("class body", K.x is h5(), K().m() is K.x)

top = 5.25
def h6(): return 5.25
print("module and function", top is h6())

def pair(): return (1.5, 6.5)
def single(): return 6.5
print("item of a tuple", pair()[1] is single(), pair()[0] is f())

def neg(): return -7.5
def neg2(): return -7.5
print("negative", neg() is neg2())

def cpx(): return 2j
def cpx2(): return 2j
print("complex", cpx() is cpx2())

def zero(): return 0.0
def zero2(): return -0.0
print("signed zeros", zero() is zero2())

def one_float(): return 1.0
def one_int(): return 1
print("1.0 and 1", one_float() is one_int())
