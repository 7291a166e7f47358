# Defaults that are all constants are one tuple constant of the code (fold_tuple_on_constants):
# a def run in a loop allocates no defaults tuple, and 3.10+ merge equal folded tuples.
import sys
fs = []
b = sys.getallocatedblocks()
for i in range(10):
    def f(a=1, b=-2, c=(1, 2), d='x', e=None): pass
    fs.append(f)
print(sys.getallocatedblocks() - b)
print(fs[0].__defaults__ is fs[1].__defaults__, fs[0].__defaults__)
def g(a=1, b=2): pass
def h(a=1, b=2): pass
print(g.__defaults__ is h.__defaults__)
x = 5
def m(a=1, b=x): pass
def n(a=1, b=x): pass
print(m.__defaults__ is n.__defaults__, m.__defaults__)
def q(a=(1, 2)): pass
print(q.__defaults__)
