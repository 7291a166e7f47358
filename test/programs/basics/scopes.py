# global and nonlocal declarations, closures, and name resolution order.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = make_counter()
print(c(), c(), c(5))
c2 = make_counter()
print(c2(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
len = 3
print(len)
del len
print(len("abc"))
def shadow():
    abs = lambda v: "shadowed"
    return abs(-3)
print(shadow())
adders = [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def set_global():
    global created
    created = "made inside"
set_global()
print(created)
