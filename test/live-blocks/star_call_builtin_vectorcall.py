# A call with **kwargs of a builtin type that has its own vectorcall (dict, list, set,
# range... from 3.9) goes through PyVectorcall_Call, which unpacks the keywords
# (_PyStack_UnpackDict): a tuple of their names is made inside the call and freed before
# the arguments' tuple, so the names' tuple stays below it on the free list, this line's.
import sys

defaults = {"debug": False, "level": 1}


def merged(**overrides):
    return dict(defaults, **overrides)


def check(name):
    return name.startswith("_")


a = merged(level=3)
b = [check(n) for n in ("_x", "y")]
c = dict(*[{"k": 1}], extra=2, more=3)
d = [check(n) for n in ("z",)]
sys.stdout.write(f"{a} {b} {c} {d}\n")
