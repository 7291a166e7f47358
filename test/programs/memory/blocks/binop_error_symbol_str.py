# The TypeError of an unsupported binary operator formats its symbol with %s (binop_type_error):
# up to 3.10 a one-character symbol not made yet becomes its cached one-character str then.
import gc, sys
gc.collect()
gc.disable()
n = None
def blocks(f):
    b0 = sys.getallocatedblocks()
    try:
        f()
    except TypeError as e:
        m = str(e)
    return sys.getallocatedblocks() - b0, m
print(blocks(lambda: {} | []))
print(blocks(lambda: {} | []))
print(blocks(lambda: [] @ []))
print(blocks(lambda: n ^ 1))
print(blocks(lambda: n % n), blocks(lambda: n >> n))
# do_richcompare's TypeError formats the comparison's symbol the same way.
print(blocks(lambda: n < n), blocks(lambda: n > n), blocks(lambda: n <= n))
