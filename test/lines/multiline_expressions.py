def bar(x):
    return x


d = {
    "a": bar(1),
    "b": [bar(2),
          bar(3)],
}
x = bar(
    bar(4))
y = [v
     for v in range(3)]
if (x and
        y):
    z = 1
