# A function's __name__ and __qualname__ are objects it holds (func_name is the code's interned
# co_name; func_qualname the qualified name the code carries), not strings made per access:
# the same object every time, and reading them makes no blocks.
import sys


def top():
    pass


class Shelf:
    def method(self):
        def inner():
            pass
        return inner


inner = Shelf().method()
square = lambda x: x * x
for f in (top, Shelf.method, inner, square):
    print(f.__qualname__, f.__name__ is f.__name__, f.__qualname__ is f.__qualname__)
before = sys.getallocatedblocks()
for i in range(20):
    names = (top.__name__, Shelf.method.__qualname__, inner.__qualname__, square.__name__)
print("blocks after reading names:", sys.getallocatedblocks() - before)
top.__name__ = "renamed_top"
print(top.__name__, top.__name__ is top.__name__, top.__qualname__)
