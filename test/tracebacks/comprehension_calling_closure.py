def outer():
    def inner(x):
        return x ** 2 / (x - x)
    return [inner(i) for i in range(3)]
outer()
