# An exception raised inside a list, set or dict comprehension: up to 3.11 its traceback has
# an entry for the comprehension's own frame (<listcomp>); 3.12+ run it in the enclosing
# frame (PEP 709), whose entry names the enclosing function and the comprehension's line.
import sys


def entries(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        back = fr.f_back
        out.append((tb.tb_lineno, fr.f_code.co_name, fr.f_lineno, back.f_code.co_name if back is not None else None))
        tb = tb.tb_next
    return out


def fail(v):
    if v == 2:
        raise ValueError(v)
    return v


def listcomp():
    return [fail(v)
            for v in range(3)]


def dictcomp():
    return {k: 1 // (k - 1) for k in range(3)}


def setcomp():
    return {fail(w) for w in [0, 1, 2] if w >= 0}


def nested():
    return [[fail(a + b) for b in range(2)] for a in range(3)]


def genexpr():
    return list(fail(g) for g in range(3))


class K:
    def method(self):
        return [self.attr for _ in range(1)]


for fn in (listcomp, dictcomp, setcomp, nested, genexpr, K().method):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, entries(e))


def depth():
    # A comprehension is no extra recursion level from 3.12 (nor a frame to walk).
    def down(n):
        return [down(n - 1) for _ in range(1)] if n else sys.getrecursionlimit()
    try:
        return down(400)
    except RecursionError:
        return 'RecursionError'


sys.setrecursionlimit(600)
r = depth()
while isinstance(r, list):
    r = r[0]
print(r)
try:
    [fail(i) for i in range(5)]
except ValueError as e:
    print(entries(e))
