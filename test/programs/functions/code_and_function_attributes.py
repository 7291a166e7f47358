# What a function tells about itself: names, defaults, an empty __annotations__ made on first
# use, and its code object's names and argument counts.
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer's doc."""
    total = a + b
    def inner(x, /, y):
        return x + y + total
    return inner

f = outer(1, c=3)
for fn in (outer, f):
    co = fn.__code__
    print(fn.__name__, fn.__qualname__, fn.__doc__, fn.__defaults__, fn.__kwdefaults__, fn.__module__)
    print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
    print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_firstlineno, co.co_filename.endswith('.py'))
ann = outer.__annotations__
print(ann, ann is outer.__annotations__, (lambda: 0).__annotations__)
outer.__annotations__['r'] = int
print(outer.__annotations__)
