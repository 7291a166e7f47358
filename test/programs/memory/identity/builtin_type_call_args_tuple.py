# Calling a builtin type with one argument: a type without a vectorcall goes through
# _PyObject_MakeTpCall, which packs the argument into a 1-tuple from the free list, so a
# tuple the callee makes gets the next one ("T"); with a vectorcall none is packed ("n").
# str has none before 3.13, but 3.11 (once the code is quickened) and 3.12 (from the call
# site's second run) specialize str(x) to PRECALL_NO_KW_STR_1 / CALL_NO_KW_STR_1, which
# calls PyObject_Str with no tuple. tuple, list, set... have a vectorcall from 3.9.


class Probe:
    def __str__(self):
        inner = (self,)
        Probe.got = id(inner)
        return "p"

    __repr__ = __str__

    def __iter__(self):
        inner = (self,)
        Probe.got = id(inner)
        return iter(())

    def __bytes__(self):
        inner = (self,)
        Probe.got = id(inner)
        return b""

    def __int__(self):
        inner = (self,)
        Probe.got = id(inner)
        return 1

    def __float__(self):
        inner = (self,)
        Probe.got = id(inner)
        return 1.0

    def __bool__(self):
        inner = (self,)
        Probe.got = id(inner)
        return True


p = Probe()


def calls(f, n):
    out = []
    for i in range(n):
        a = (p,)
        ida = id(a)
        del a
        f(p)
        out.append("n" if Probe.got == ida else "T")
    return "".join(out)


print("str(x) in a loop:", calls(str, 12))
print("again, same call site:", calls(str, 4))
for f in (repr, format, tuple, list, set, frozenset, bytes, int, float, bool):
    print(f.__name__, calls(f, 6))
print("str once more at the shared site:", calls(str, 4))
