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
