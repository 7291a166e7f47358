# ExceptionGroup is a heap type (PyErr_NewException at start-up): its dict, heap flag, the
# references its instances hold, sizes, and the blocks of making, splitting and deriving groups.
import sys
g = sys.getallocatedblocks


def main():
    # 3.11's type attribute cache keeps the 'derive' name each split and subgroup looks up at a
    # slot its (random) address picks, so a later lookup may free it: blocks around them from 3.12.
    blocks = (lambda n: n) if sys.version_info >= (3, 12) else (lambda n: '-')
    EG = ExceptionGroup
    BEG = BaseExceptionGroup
    print(EG.__flags__ & (1 << 9), BEG.__flags__ & (1 << 9), EG.__basicsize__, BEG.__basicsize__, EG.__weakrefoffset__, EG.__dictoffset__)
    print(list(EG.__dict__), EG.__module__, EG.__qualname__, EG.__doc__, EG.__dict__['__module__'])
    print(type(EG.__dict__['__weakref__']).__name__, repr(EG.__dict__['__weakref__']))
    print(list(BEG.__dict__))
    print(EG.__mro__)
    v = ValueError('v')
    b = g(); e = EG('msg', [v]); print('construct', g() - b, sys.getsizeof(e), sys.getsizeof(BEG('m', [KeyboardInterrupt()])))
    print(e.__weakref__)
    b = g(); s = str(e); print('str', g() - b, s)
    b = g(); d = e.derive([v]); print('derive', blocks(g() - b), type(d).__name__)
    m = rest = sg = x = None
    for i in range(3):
        b = g(); m, rest = e.split(ValueError); print('split', blocks(g() - b), rest)
        m = rest = None
    print('left', blocks(g() - b))
    for i in range(2):
        b = g(); sg = e.subgroup(ValueError); print('subgroup', blocks(g() - b), sg is e)
        sg = None
    e2 = EG('two', [ValueError(1), TypeError(2)])
    m, rest = e2.split(ValueError)
    m = rest = None
    b = g(); m, rest = e2.split(ValueError); print('split2', blocks(g() - b), repr(m), repr(rest))
    m = rest = None
    b = g(); m, rest = e2.split(lambda x: isinstance(x, TypeError)); print('split-fn', blocks(g() - b))
    m = rest = None
    b = g(); m, rest = e2.split((KeyError, TypeError)); print('split-tuple', blocks(g() - b))
    m = rest = None
    b = g(); sg = e2.subgroup(TypeError); print('subgroup2', blocks(g() - b), repr(sg))
    sg = None
    b = g()
    try:
        raise EG('r', [v])
    except EG as x:
        print('raise', g() - b)
    print('after', g() - b)
    b = g(); e.x = 1; print('setattr', g() - b, e.__dict__)

    class My(ExceptionGroup):
        pass
    b = g(); my = My('m', [v]); print('sub', g() - b, sys.getsizeof(my), list(My.__dict__))
    r0 = sys.getrefcount(EG)
    many = [EG('m', [v]) for i in range(3)]
    print('refs', sys.getrefcount(EG) - r0, sys.getrefcount(EG))
    del many
    print('refs', sys.getrefcount(EG) - r0)


if sys.version_info >= (3, 11):
    main()
else:
    print('no exception groups before 3.11')
