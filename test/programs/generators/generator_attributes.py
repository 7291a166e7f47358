# A generator is named after its function and shows its code, whether it runs, and what it delegates to.
def g():
    yield 1
    yield from inner()

def inner():
    yield 2
    yield 3

class Box:
    def items(self):
        yield self

x = g()
print(x.__name__, x.__qualname__, Box().items().__qualname__)
print(x.gi_running, x.gi_code.co_name, x.gi_yieldfrom)
next(x); next(x)
print(x.gi_yieldfrom.__name__, x.gi_code is g.__code__)
print(x.__name__ is g.__name__)
