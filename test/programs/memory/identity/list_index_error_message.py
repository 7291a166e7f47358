# list_item's IndexError message is one str, kept by CPython (3.8-3.10's static indexerr, made
# during start-up; 3.11's _Py_STR(list_err), immortal from 3.12): no block per error, and every
# such error holds the same object. Other sequences' messages are new strs each time.
import sys


def probe(f):
    try:
        f()
    except IndexError as e:
        return e


b = sys.getallocatedblocks()
e1 = probe(lambda: [][1])
print(sys.getallocatedblocks() - b)
b = sys.getallocatedblocks()
e2 = probe(lambda: [1][-5])
print(sys.getallocatedblocks() - b, e1.args[0] is e2.args[0], sys.getrefcount(e1.args[0]) - sys.getrefcount(e2))
del e1, e2
cases = [("tuple", lambda: ()[1]), ("str", lambda: ""[1]), ("listset", lambda: [].__setitem__(1, 0)),
         ("pop", lambda: [].pop()), ("popi", lambda: [1].pop(5)), ("range", lambda: range(0)[1]), ("bytes", lambda: b""[1])]
for name, f in cases:
    a1 = probe(f)
    a2 = probe(f)
    print(name, a1.args[0] is a2.args[0], a1.args[0])
