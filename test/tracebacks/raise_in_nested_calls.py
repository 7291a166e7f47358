def g():
    raise ValueError('bad value')
def h():
    g()
h()
