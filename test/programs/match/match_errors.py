# Errors a match statement raises at run time, with CPython's messages: too many
# positional sub-patterns, a __match_args__ that is not a tuple or holds a non-str,
# one attribute matched twice, a class pattern on a non-class (3.12 says class, not type),
# a duplicate mapping key known only at run time, and AttributeError
# on a keyword sub-pattern being a plain mismatch.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class ListArgs:
    __match_args__ = ["a"]


class NumArgs:
    __match_args__ = (1,)


class NoArgs:
    pass


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            return "matched"


def not_tuple():
    match ListArgs():
        case ListArgs(a):
            return "matched"


def not_str():
    match NumArgs():
        case NumArgs(a):
            return "matched"


def twice():
    match Point(1, 2):
        case Point(x, x=y):
            return "matched"


def no_args():
    match NoArgs():
        case NoArgs(z):
            return "matched"


def int_two():
    match 5:
        case int(a, b):
            return "matched"


def not_a_class():
    f = len
    match 5:
        case f():
            return "matched"


def missing_attr():
    match Point(1, 2):
        case Point(z=1):
            return "matched"
        case Point(x=1, y=yy):
            return f"fallback y={yy}"


def wrong_type_is_fine():
    match "text":
        case Point(x, y):
            return "point"
        case NoArgs():
            return "noargs"
    return "no match, no error"


for label, fn in [("too many:", too_many), ("not a tuple:", not_tuple), ("not str:", not_str),
                  ("twice:", twice), ("no __match_args__:", no_args), ("int(a, b):", int_two), ("not a class:", not_a_class),
                  ("missing attribute:", missing_attr), ("other type:", wrong_type_is_fine)]:
    attempt(label, fn)


class Key:
    A = "a"
    B = "a"


def dup_key():
    match {"a": 1, "b": 2}:
        case {Key.A: 1, Key.B: 2}:
            return "matched"


attempt("duplicate key:", dup_key)
