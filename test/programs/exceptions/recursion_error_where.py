# Where the recursion limit trips decides RecursionError's message. Up to 3.10 (3.11 for str and
# repr) C code counts its depth with the frames': a builtin call, a comparison, str() or repr()
# in the deepest frame is one level more, and its check names itself.


def by_compare(n):
    if n <= 0:
        return 0
    return by_compare(n + 1)


def by_len(n):
    len("a")
    return by_len(n + 1)


def by_str(n):
    s = str(n)
    return by_str(n + 1)


def by_repr(n):
    s = repr(n)
    return by_repr(n + 1)


def by_method(n):
    [].append(n)
    return by_method(n + 1)


def by_isinstance(n):
    isinstance(n, int)
    return by_isinstance(n + 1)


def plain(n):
    return plain(n + 1)


for f in (by_compare, by_len, by_str, by_repr, by_method, by_isinstance, plain):
    try:
        f(1)
    except RecursionError as e:
        print(f.__name__, "->", e)
