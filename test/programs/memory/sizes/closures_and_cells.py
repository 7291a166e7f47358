# getsizeof of closures: the function is the same size; the cells are separate objects.
import sys
def outer():
    x = 1
    y = [2]
    def inner():
        return x, y
    return inner
fn = outer()
print(sys.getsizeof(fn))
print(len(fn.__closure__), sys.getsizeof(fn.__closure__))
print(sys.getsizeof(fn.__closure__[0]))
