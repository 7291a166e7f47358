def f():
    return g()
def g():
    return len(5)
f()
