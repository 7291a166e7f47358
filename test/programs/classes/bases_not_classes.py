# A base that is not a class: __build_class__ takes its type as the metaclass (found before
# the body runs, _PyType_CalculateMetaclass) and calls it with (name, bases, namespace), so
# the error is that type's own argument check; a mix of class kinds is a metaclass conflict.
trace = []
def attempt(label, make):
    try:
        make()
        print(label, "made a class")
    except TypeError as e:
        print(label, "->", e, "| body ran:", trace[-1:] == [label])

def with_base(label, *bases):
    def make():
        class C(*bases):
            trace.append(label)
    attempt(label, make)

with_base("False", False)
with_base("True, False", True, False)
with_base("1", 1)
with_base("1.5", 1.5)
with_base("None", None)
with_base("str", "abc")
with_base("bytes", b"x")
with_base("list", [])
with_base("tuple", (1,))
with_base("dict", {})
with_base("range", range(3))
with_base("len", len)
with_base("bound method", [].append)
with_base("object()", object())
with_base("object, 1", object, 1)
with_base("int, 1", int, 1)

# The same type calls, made directly.
for label, call in [
    ("bool(1, 2)", lambda: bool(1, 2)),
    ("bool(x=1)", lambda: bool(x=1)),
    ("float(1, 2)", lambda: float(1, 2)),
    ("float(x=1)", lambda: float(x=1)),
    ("int('1', 2, 3)", lambda: int("1", 2, 3)),
    ("int('1', base=2, x=3)", lambda: int("1", base=2, x=3)),
    ("int(x=1)", lambda: int(x=1)),
    ("str(b'', 1)", lambda: str(b"", 1)),
    ("str(b'', errors=1)", lambda: str(b"", errors=1)),
    ("bytes('', 1)", lambda: bytes("", 1)),
    ("bytearray('', 'utf-8', 1)", lambda: bytearray("", "utf-8", 1)),
    ("type(len)()", lambda: type(len)()),
]:
    try:
        print(label, call())
    except TypeError as e:
        print(label, "->", e)
