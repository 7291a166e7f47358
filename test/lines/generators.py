def gen(n):
    for i in range(n):
        yield i


def deleg(n):
    yield from gen(n)
    yield -1


total = 0
for v in gen(3):
    total += v
for v in deleg(2):
    total += v
s = sum(x * 2 for x in range(4))
ok = all(x < 10
         for x in range(3))
it = iter(gen(2))
print(next(it), next(it))
