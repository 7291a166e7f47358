# initialize_locals (ceval.c) binds the positional arguments, then the keywords (an unknown or
# repeated keyword fails there), and only then reports too many positional arguments, counting
# the keyword-only arguments that were given.
def f(a):
    pass


def g(a, *, k):
    pass


def h(a, **kw):
    pass


def d(a, b=1):
    pass


calls = [
    lambda: f(1, 2, c=3),
    lambda: f(1, 2, a=3),
    lambda: g(1, 2, k=3),
    lambda: g(1, 2, 3, k=3),
    lambda: h(1, 2, z=3),
    lambda: d(1, 2, 3, b=4),
    lambda: d(1, 2, 3, e=4),
    lambda: d(1, 2, 3),
    lambda: f(1, 2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
