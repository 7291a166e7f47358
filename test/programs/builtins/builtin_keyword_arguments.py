# Argument Clinic's keyword parsing (Python/getargs.c _PyArg_UnpackKeywords) of pow, round, sum,
# enumerate and property, and the wording of an unknown keyword by version.


def show(label, f):
    try:
        r = f()
        print(label, "->", r if isinstance(r, (int, float)) else type(r).__name__)
    except TypeError as e:
        print(label, "!!", e)


show("pow()", lambda: pow())
show("pow(2)", lambda: pow(2))
show("pow(x=1)", lambda: pow(x=1))
show("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4))
show("pow(1, 2, mod=3, x=1)", lambda: pow(1, 2, mod=3, x=1))
show("pow(base=2, exp=3)", lambda: pow(base=2, exp=3))
show("pow(2, exp=3, mod=5)", lambda: pow(2, exp=3, mod=5))
show("pow(2, 3, base=1)", lambda: pow(2, 3, base=1))
show("pow(2, 3, x=1)", lambda: pow(2, 3, x=1))
show("round()", lambda: round())
show("round(1.5, 2, 3)", lambda: round(1.5, 2, 3))
show("round(1.5, x=2)", lambda: round(1.5, x=2))
show("round(number=1.5)", lambda: round(number=1.5))
show("round(1.25, ndigits=1)", lambda: round(1.25, ndigits=1))
show("round(1.5, number=2)", lambda: round(1.5, number=2))
show("sum()", lambda: sum())
show("sum(start=1)", lambda: sum(start=1))
show("sum(iterable=[1])", lambda: sum(iterable=[1]))
show("sum([1], 2, 3)", lambda: sum([1], 2, 3))
show("sum([1], 2, start=3)", lambda: sum([1], 2, start=3))
show("sum([1], x=1)", lambda: sum([1], x=1))
show("sum([1], start=2)", lambda: sum([1], start=2))
show("enumerate()", lambda: enumerate())
show("enumerate(x=1)", lambda: enumerate(x=1))
show("enumerate(start=1)", lambda: enumerate(start=1))
show("enumerate([1], 2, 3)", lambda: enumerate([1], 2, 3))
show("enumerate([1], iterable=[2])", lambda: enumerate([1], iterable=[2]))
show("enumerate(iterable=[1])", lambda: enumerate(iterable=[1]))
show("property(x=1)", lambda: property(x=1))
show("property(1, 2, 3, 4, 5)", lambda: property(1, 2, 3, 4, 5))
show("property(None, fget=None)", lambda: property(None, fget=None))
show("zip(x=1)", lambda: zip(x=1))
show("print(x=1)", lambda: print(x=1))
show("print(1, sep='', key=len)", lambda: print(1, sep="", key=len))
show("sorted([2, 1], key=None, reverse=1, x=3)", lambda: sorted([2, 1], key=None, reverse=1, x=3))
show("'ab'.split(x=1)", lambda: "ab".split(x=1))
show("'a\\tb'.expandtabs(tabsize='a')", lambda: "a\tb".expandtabs(tabsize="a"))
show("chr('a')", lambda: chr("a"))
show("chr(1.5)", lambda: chr(1.5))
# A bound METH_VARARGS method refuses keywords by its own name (cfunction_call) up to 3.12.
update = set().update
show("update(x=1)", lambda: update(x=1))
show("isinstance(1, 2)", lambda: isinstance(1, 2))
show("issubclass(int, 2)", lambda: issubclass(int, 2))
show("pow('a', 'b', 'c')", lambda: pow("a", "b", "c"))
