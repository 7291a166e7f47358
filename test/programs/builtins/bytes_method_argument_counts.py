# bytes and bytearray methods check their arguments as Argument Clinic does (METH_O for one
# positional, _PyArg_CheckPositional's counts, no keywords): a call with none is refused, not run.
import sys
for o in (b'ab', bytearray(b'ab')):
    for name, f in [
        ('center()', lambda: o.center()),
        ('ljust()', lambda: o.ljust()),
        ('rjust()', lambda: o.rjust()),
        ('zfill()', lambda: o.zfill()),
        ('partition()', lambda: o.partition()),
        ('rpartition()', lambda: o.rpartition()),
        ('removeprefix()', (lambda: o.removeprefix()) if sys.version_info >= (3, 9) else (lambda: None)),
        ('removesuffix()', (lambda: o.removesuffix()) if sys.version_info >= (3, 9) else (lambda: None)),
        ('replace()', lambda: o.replace()),
        ("replace(b'a')", lambda: o.replace(b'a')),
        ('center(1, 2, 3)', lambda: o.center(1, 2, 3)),
        ('zfill(1, 2)', lambda: o.zfill(1, 2)),
        ('partition(1, 2)', lambda: o.partition(1, 2)),
        ("replace(b'a', b'b', 1, 2)", lambda: o.replace(b'a', b'b', 1, 2)),
        ("replace(b'a', b'b', count=1)", lambda: o.replace(b'a', b'b', count=1)),
        ('zfill(x=1)', lambda: o.zfill(x=1)),
        ("center(5, fillchar=b'x')", lambda: o.center(5, fillchar=b'x')),
        ("center(5, b'x')", lambda: o.center(5, b'x')),
        ('zfill(5)', lambda: o.zfill(5)),
        ("partition(b'a')", lambda: o.partition(b'a')),
        ("replace(b'a', b'z')", lambda: o.replace(b'a', b'z')),
    ]:
        try:
            print(name, repr(f()))
        except TypeError as e:
            print(name, 'TypeError', e)
