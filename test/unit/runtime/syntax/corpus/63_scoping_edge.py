x = 0
def f():
    print(x)
def g():
    x = 1
    def h():
        return x
    return h()
def k():
    global x
    x = 2
    def m():
        return x
    return m()
def n():
    y = 1
    z = [y + i for i in range(3)]
    w = (lambda: y)()
    return z, w
def shadows(list=list):
    return list((1, 2))
f(); print(g(), k(), n(), shadows())
