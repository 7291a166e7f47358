# A str literal that is not identifier-like: co_consts, the main script's parser arena, the argument.
import sys
s = 'hello world!'
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
def f():
    return 'in a function!'
print(sys.getrefcount(f()))
print(sys.getrefcount('literal arg!'))
u = s + '?'
print(sys.getrefcount(u))
