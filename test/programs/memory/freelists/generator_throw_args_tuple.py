# Up to 3.10 generator.throw is METH_VARARGS (Objects/genobject.c gen_methods): the call packs
# its exception into a 1-tuple from the free list, which it holds while the generator runs, so
# a 1-tuple the generator makes then takes the one below it. 3.11 passes it on the stack.
x = []


def gen():
    try:
        yield 1
    except ValueError:
        yield (x,)


g = gen()
next(g)
e = ValueError()
t1 = (x,)
t2 = (x,)
i1, i2 = id(t1), id(t2)
del t1
del t2
kept = g.throw(e)
print("the generator's tuple is the one freed last", id(kept) == i2)
print("the generator's tuple is the one freed first", id(kept) == i1)
