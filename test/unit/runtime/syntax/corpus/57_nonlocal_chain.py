def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        def reader():
            return a * b
        return level3, reader
    return level2()

inc, read = level1()
print(inc(), read(), inc(), read())
