def find(xs, pred):
    i = 0
    while i < len(xs):
        if pred(xs[i]):
            break
        i += 1
    else:
        return None
    return i

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
        continue
    print(n, "composite")
print(find([1, 3, 4], lambda v: v % 2 == 0))
