# A repeat whose size does not fit a Py_ssize_t raises before anything is made: str's
# OverflowError (unicode_repeat), list's, tuple's and bytearray's MemoryError
# (PyErr_NoMemory); a count that fits exactly is still accepted for an empty sequence.
def show(f):
    try:
        r = f()
        print(type(r).__name__, len(r))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)


for make in (lambda: "ab", lambda: [1, 2], lambda: (1, 2), lambda: bytearray(b"ab"), lambda: b"ab"):
    s = make()
    show(lambda: s * 2 ** 62)
    show(lambda: s * 2 ** 64)
    show(lambda: s[:0] * (2 ** 63 - 1))
    show(lambda: s * -(2 ** 63))


# The in-place repeats (list_inplace_repeat, bytearray_irepeat) check the count and size the same way.
# (An empty bytearray repeated 2**63-1 times in place loops that many times on 3.8: not asked.)
def show_inplace(s, n):
    try:
        s *= n
        print(type(s).__name__, len(s))
    except (OverflowError, MemoryError, TypeError) as e:
        print(type(e).__name__, e)


for make in (lambda: [1, 2], lambda: bytearray(b"ab")):
    show_inplace(make(), 2 ** 62)
    show_inplace(make(), 2 ** 63)
    show_inplace(make()[:0], 2 ** 100)
    show_inplace(make(), -(2 ** 70))
    show_inplace(make(), 1.5)
    show_inplace(make(), True)
# A list's size in bytes (8 per item) passes Py_ssize_t first.
show_inplace([1, 2], 2 ** 60)
show_inplace([], 2 ** 63 - 1)
