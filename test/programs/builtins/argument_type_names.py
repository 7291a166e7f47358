# _PyArg_BadArgument and getargs' converterr name None as 'None' (not its type's name): clinic str
# parameters (str.replace, str.maketrans, sys.intern, int.to_bytes/from_bytes' byteorder, module(),
# TextIOWrapper.write), format()'s spec, type.__new__'s three arguments, BaseExceptionGroup's message;
# str.find and its kin keep PyUnicode's own 'NoneType'. list.sort's reverse: a C int up to 3.11
# (bool(accept={int})), any object's truth from 3.12.
import sys


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
show("intern", lambda: sys.intern(None))
show("format", lambda: format(1, None))
show("type.__new__", lambda: type.__new__(type, None, (), {}))
show("type.__new__ 2", lambda: type.__new__(type, 'a', None, {}))
show("type.__new__ 3", lambda: type.__new__(type, 'a', (), None))
show("replace", lambda: 'a'.replace('a', None))
show("replace 1", lambda: 'a'.replace(None, 'a'))
show("to_bytes", lambda: (7).to_bytes(1, None))
show("from_bytes", lambda: int.from_bytes(b'a', None))
show("BaseExceptionGroup", lambda: BaseExceptionGroup(None, [ValueError()]) if sys.version_info >= (3, 11) else 0)
show("split", lambda: 'a'.split(1))
show("join", lambda: ','.join([None]))
show("encode", lambda: 'a'.encode(None))
show("decode", lambda: b'a'.decode(None))
show("startswith", lambda: 'a'.startswith(None))
show("strip", lambda: 'a'.strip(1))
show("center", lambda: 'a'.center(3, None))
show("count", lambda: 'a'.count(None))
show("find", lambda: 'a'.find(None))
show("partition", lambda: 'a'.partition(None))
show("bytes partition", lambda: b'a'.partition(None))
show("maketrans", lambda: str.maketrans(None, 'a'))
show("getattr", lambda: getattr(1, None))
show("int base", lambda: int('1', None))
show("chr", lambda: chr(None))
show("ord", lambda: ord(None))
show("bytes.fromhex", lambda: bytes.fromhex(None))
show("float.fromhex", lambda: float.fromhex(None))
show("list.sort key", lambda: [2, 1].sort(key=None))
show("zfill", lambda: 'a'.zfill(None))
show("expandtabs", lambda: 'a'.expandtabs(None))
for v in ['a', None, I(2**70), I(1), I(0), b',', 2.5, [1], [], True, 0, 2**40, -1]:
    l = [3, 1, 2]
    show("sort reverse=%r" % (type(v).__name__,), lambda: (l.sort(reverse=v), l)[1])
