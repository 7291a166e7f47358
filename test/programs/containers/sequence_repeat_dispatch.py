# seq * n and n * seq once the number slots give up (Objects/abstract.c PyNumber_Multiply):
# the left operand's sq_repeat first, then the right one's; sequence_repeat wants an
# __index__ count that fits a Py_ssize_t (OverflowError), else "can't multiply sequence".
class Count:
    def __index__(self):
        return 2


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r)[:30])
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)


big = 10 ** 20
for make in (lambda: "ab", lambda: b"xy", lambda: bytearray(b"z"), lambda: [1], lambda: (2,), lambda: ""):
    s = make()
    show(lambda: s * Count())
    show(lambda: Count() * s)
    show(lambda: s * 2.5)
    show(lambda: 2.5 * s)
    show(lambda: None * s)
    show(lambda: s * big)
    show(lambda: big * s)
    show(lambda: s * [1])
    show(lambda: s * -3)
show(lambda: "ab" * (1,))
show(lambda: (1,) * "ab")
show(lambda: [1] + (2,))
show(lambda: (1,) + [2])
show(lambda: 10 ** 20 * "")
show(lambda: 10 ** 20 * b"")
