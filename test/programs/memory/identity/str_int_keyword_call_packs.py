# str() and int() called with keywords: up to 3.12 neither has a vectorcall, so
# _PyObject_MakeTpCall packs the positional arguments into a tuple ("T" when a 1-tuple
# made inside the call is not the one freed before it) and the keywords into a dict ("D").
# 3.13's unicode_vectorcall and long_vectorcall take no keywords themselves and pack both
# too. dict() and enumerate() with keywords (vectorcalls from 3.9 and 3.11) pack neither.
# str(object=x) is str(x).


class P:
    def __index__(self):
        return self.mark()

    def __str__(self):
        self.mark()
        return "p"

    def __iter__(self):
        self.mark()
        return iter(())

    def mark(self):
        inner = {"a": self}
        P.got = id(inner)
        inner2 = (self,)
        P.got2 = id(inner2)
        return 10


p = P()


def run(f, n=3):
    out = []
    for i in range(n):
        d = {"b": i}
        idd = id(d)
        t = (p,)
        idt = id(t)
        del d, t
        f()
        out.append(("n" if P.got == idd else "D") + ("n" if P.got2 == idt else "T"))
    return " ".join(out)


kws = {"object": p}
print("int('5', base=p):", run(lambda: int("5", base=p)))
print("str(object=p):", run(lambda: str(object=p)))
print("str(**kws):", run(lambda: str(**kws)))
print("enumerate(p, start=0):", run(lambda: enumerate(p, start=0)))
print("enumerate(iterable=p):", run(lambda: enumerate(iterable=p)))
print("dict(p, a=1):", run(lambda: dict(p, a=1)))

print(str(object=p), str(object=5), str(object=b"x"), str(object=b"x", encoding="ascii"), repr(str(object="")))
for call in (lambda: str(p, object=p), lambda: str(object=p, foo=1), lambda: str(b"x", object=b"y")):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


class S(str):
    pass


print(repr(S(object=p)), type(S(object=p)).__name__)
