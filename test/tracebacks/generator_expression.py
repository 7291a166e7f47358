g = (1 / i for i in range(-2, 2))
print(list(g))
