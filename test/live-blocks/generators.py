# A generator's objects are made on its own lines, however far from them it is resumed.
def squares(n):
    for i in range(n):
        yield [i * i]

gen = squares(10)
first = next(gen)
rest = list(gen)
pairs = list(zip(range(5), "abcde"))
print(first, len(rest), pairs[-1])
