# A type without a vectorcall (str up to 3.12) called from C code (a sort key, map, filter,
# min and max keys: PyObject_Vectorcall) gets its arguments packed in a tuple
# (_PyObject_MakeTpCall), so a tuple made while it runs cannot take that one's block.
seen = []


class O:
    def __str__(self):
        t = (self,)
        seen.append(id(t))
        return "o"


def freed_single():
    x = (o,)
    i = id(x)
    del x
    return i


o = O()
sorted([1], key=str)
for name, run in (
    ("sorted key", lambda: sorted([o], key=str)),
    ("map", lambda: list(map(str, [o]))),
    ("min key", lambda: min([o], key=str)),
):
    seen.clear()
    i = freed_single()
    run()
    print(name, "- the call's tuple took the freed block:", seen[0] != i)
