# At exit a generator closes what only it holds after itself: the outer one first, then
# the inner it was iterating, in the order of the names that hold them.
def a(name):
    try:
        yield 1
        yield 2
    finally:
        print("close", name)

def wrap(name, it):
    try:
        for x in it:
            yield x
    finally:
        print("close", name)

x = a("x")
next(x)
w = wrap("w", a("inner"))
next(w)
y = a("y")
next(y)
print("end")


def plain(it):
    for v in it:
        yield v


p = plain(a("held by a loop"))
next(p)
print("really the end")
