# Up to 3.11 an error that C code raises (PyErr_Format) is a type and a message until the
# frame whose handler catches it normalizes it: its args tuple is made after the raising frame
# dropped its stack, so it takes the block of the one-item tuple that stack held. 3.12 makes
# the exception at once; a failed attribute lookup (3.10, 3.11), a missing name (3.10+) and an
# error raised while another is handled are made at once before 3.12 too; a dict's KeyError
# has its args tuple (its value) from the start.
seen = []


def tid(t):
    seen.append(id(t))
    return t


def no_len(x):
    return [tid((x,)), len(x)]


def no_attr(x):
    return [tid((x,)), x.nope]


def no_name(x):
    return [tid((x,)), nope]


def no_key(x):
    return [tid((x,)), {}[x]]


def check(f, exc):
    seen.clear()
    try:
        f(5)
    except exc as e:
        print(f.__name__, type(e).__name__, id(e.args) == seen[0], e.args)


for f, exc in [(no_len, TypeError), (no_attr, AttributeError), (no_name, NameError), (no_key, KeyError)]:
    check(f, exc)
try:
    raise ValueError("outer")
except ValueError:
    check(no_len, TypeError)
check(no_len, TypeError)
