# math.log is METH_VARARGS up to 3.11: the call packs its two arguments in a tuple, which goes to
# the tuple free list afterwards; with that free list empty the tuple is a new block that stays
# allocated there. From 3.12 (Argument Clinic, METH_FASTCALL) no tuple is made. Other math
# functions (METH_O, METH_FASTCALL, METH_FASTCALL|METH_KEYWORDS) never pack one.
import sys
import math


def drained_pairs():
    # Take every 2-tuple off the free list (it holds at most 2000) and keep them.
    return [tuple([i, -i]) for i in range(2100)]


def floats():
    return [i + 0.5 for i in range(200)]


def probe(label, f):
    keep = drained_pairs()
    spare = floats()
    before = sys.getallocatedblocks()
    r = f()
    after = sys.getallocatedblocks()
    print(label, after - before, r)
    del keep, spare


probe('log(100, 10)', lambda: math.log(100, 10) > 1.9)
probe('log(8.0, 2.0)', lambda: math.log(8.0, 2.0) == 3.0)
probe('log(2 ** 2000, 2)', lambda: math.log(2 ** 2000, 2) > 1999.0)
probe('log(100)', lambda: math.log(100) > 4.0)
probe('pow(2, 10)', lambda: math.pow(2, 10))
probe('atan2(1, 1)', lambda: math.atan2(1.0, 1.0) > 0.7)
probe('hypot(3, 4)', lambda: math.hypot(3, 4))
probe('copysign(1, -2)', lambda: math.copysign(1, -2))
probe('gcd(12, 18)', lambda: math.gcd(12, 18))
probe('comb(10, 3)', lambda: math.comb(10, 3))
probe('isclose kw', lambda: math.isclose(1.0, 1.5, rel_tol=0.5))
probe('prod start', lambda: math.prod([2, 3], start=2))
args = (1000, 10)
probe('log(*args)', lambda: math.log(*args) > 2.9)
probe('fmod(*args)', lambda: math.fmod(*args))
