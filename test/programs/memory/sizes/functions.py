# getsizeof of functions, lambdas, builtins and bound methods.
import sys
def f():
    pass
def g(a, b=1, *args, **kw):
    return a
print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lambda: 0))
print(sys.getsizeof(len), sys.getsizeof(print))
class C:
    def m(self):
        pass
print(sys.getsizeof(C().m))
