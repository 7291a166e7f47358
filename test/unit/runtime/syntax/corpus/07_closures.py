def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

inc, get = make_counter()
inc(); inc(5)
print(get(), [f(10) for f in adders()], outer(1)(2)(3))
