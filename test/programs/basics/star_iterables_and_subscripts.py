# Stars in for-loop iterables (3.9+), return and yield lists, and displays.
a = b = [1, 2]
for x in *a, *b:
    print(x, end=' ')
for x in 0, *a,:
    print(x, end=' ')
print()
def g():
    return *a, *b
def h():
    yield *a, 3
print(g(), list(h()), [*a], (*a,), {*a}, f(*a) if (f := print) else 0)
