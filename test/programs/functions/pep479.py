# PEP 479: a StopIteration raised inside a generator becomes RuntimeError
def gen():
    yield 1
    raise StopIteration("early")


g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def uses_next(it):
    while True:
        yield next(it)


try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
