# Generators the script leaves suspended are closed when the interpreter finalizes
# __main__ (the collection at exit runs their finally blocks), in the collector's order.
import gc


def countdown(name, n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown", name, "closed at", n)


def outer(name):
    inner = countdown(name + ".inner", 3)
    try:
        yield from inner
    finally:
        print("outer", name, "closed")


def guarded():
    try:
        yield "first"
    except GeneratorExit:
        print("guarded saw GeneratorExit")
        raise


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("resource", self.name, "finalized")


def holder(res):
    try:
        yield res.name
    finally:
        print("holder of", res.name, "closed")


never_started = countdown("never", 5)
running = countdown("running", 5)
next(running)
next(running)
finished = countdown("done", 1)
for _ in finished:
    pass
nested = outer("nested")
print(next(nested))
g = guarded()
print(next(g))
squares = (x * x for x in range(10))
print(next(squares))
keep = Resource("kept")
h = holder(Resource("held"))
print(next(h))
gc.collect()
young = countdown("young", 2)
next(young)
in_list = [countdown("listed", 4)]
next(in_list[0])
print("script done", gc.isenabled())
