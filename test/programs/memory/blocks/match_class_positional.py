# A class pattern with positional sub-patterns looks up the class's __match_args__:
# 3.10-3.12 by PyObject_GetAttrString (a new str each time, freed), 3.13 by the static
# _Py_ID (Python/ceval.c _PyEval_MatchClass). Neither leaves a block behind.
import sys

g = sys.getallocatedblocks


def kind(x):
    match x:
        case str(s):
            return "str " + s
        case int(n) if n > 10:
            return "big"
        case [int(a), str(b)]:
            return "pair"
        case _:
            return "other"


b = g()
first = kind("ab")
print(g() - b, first)
b = g()
results = [kind(v) for v in (5, 50, [1, "x"], 2.5)]
print(g() - b, results)
