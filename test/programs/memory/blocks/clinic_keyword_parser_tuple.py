# A first call through an Argument Clinic parser's slow path (keywords): 3.8-3.10's parser_init
# makes the tuple of its keyword names and keeps it; a second call makes nothing. Argument errors
# of builtins leave nothing behind.
import sys


def probe(label, f):
    b0 = sys.getallocatedblocks()
    f()
    b1 = sys.getallocatedblocks()
    f()
    b2 = sys.getallocatedblocks()
    print(label, b1 - b0, b2 - b1)


def refused(f):
    try:
        f()
    except TypeError:
        pass


probe("round kw", lambda: round(15, ndigits=-1))
probe("pow kw", lambda: pow(2, exp=3))
probe("pow mod kw", lambda: pow(2, 3, mod=5))
probe("sum kw", lambda: sum([1], start=2))
probe("enumerate kw", lambda: enumerate([1], start=2))
probe("property kw", lambda: property(fget=None))
probe("round refused", lambda: refused(lambda: round(1.5, 1, 2)))
probe("abs refused", lambda: refused(lambda: abs(x=1)))
probe("vars refused", lambda: refused(lambda: vars(x=1)))
probe("all refused", lambda: refused(lambda: all()))
