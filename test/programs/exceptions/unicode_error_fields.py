# UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError: members, __init__'s parsing, __str__, and what str.encode/bytes.decode raise: values and blocks.
import sys
g = sys.getallocatedblocks
for t in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
    print(t.__name__, list(t.__dict__), type(t.__dict__['start']).__name__)
    print(sys.getsizeof(t.__new__(t)))
e = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range')
print(e.encoding, e.object, e.start, e.end, e.reason, str(e), repr(e), e.args)
e = UnicodeEncodeError('ascii', 'h\u20acllo', 1, 2, 'r'); print(str(e))
e = UnicodeEncodeError('ascii', 'h\U0001f600llo', 1, 2, 'r'); print(str(e))
e = UnicodeEncodeError('ascii', 'hello', 1, 3, 'r'); print(str(e))
e = UnicodeEncodeError('ascii', 'hello', 7, 8, 'r'); print(str(e))
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeDecodeError('utf-8', bytearray(b'\xff\xfe'), 0, 2, 'bad'); print(type(e.object).__name__, str(e))
e = UnicodeTranslateError('h\xe9llo', 1, 2, 'nope'); print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeTranslateError('h\u20acllo', 1, 4, 'nope'); print(str(e))
print(repr(str(UnicodeEncodeError.__new__(UnicodeEncodeError))), UnicodeEncodeError.__new__(UnicodeEncodeError).encoding)
x = UnicodeEncodeError.__new__(UnicodeEncodeError); print(x.start, x.end, x.object, x.reason)
for args in [(), ('a',), (1, 'x', 1, 2, 'r'), ('a', 'b', 'c', 2, 'r'), ('a', 'b', 1, 2, 'r', 6)]:
    try:
        UnicodeEncodeError(*args)
    except Exception as x:
        print(type(x).__name__, x)
for args in [('a', 5, 1, 2, 'r'), ('a', b'x', 1, 2)]:
    try:
        UnicodeDecodeError(*args)
    except Exception as x:
        print(type(x).__name__, x)
try:
    UnicodeTranslateError('a', 1, 2)
except Exception as x:
    print(type(x).__name__, x)
e = UnicodeEncodeError('ascii', 'hello', 1, 2, 'r')
e.start = 3; e.end = 10; e.reason = 'why'; e.encoding = 'enc'
print(str(e), e.start, e.end)
try:
    e.start = 'x'
except Exception as x:
    print(type(x).__name__, x)
try:
    del e.start
except Exception as x:
    print(type(x).__name__, x)
del e.reason
print(e.reason)
e.reason = 5
try: print(str(e))
except Exception as x: print(type(x).__name__, x)
enc, obj, r = 'ascii', 'h\xe9llo', 'reason here'
b = g(); e = UnicodeEncodeError(enc, obj, 1, 2, r); print('construct', g() - b)
b = g(); s = str(e); print('str', g() - b)
b = g(); v = e.start; print('start', g() - b)
e.start = 1000
b = g(); v = e.start; print('start-big', g() - b)
b = g(); del e; print('del', g() - b)
b = g(); e = UnicodeDecodeError(enc, bytearray(b'ab'), 1, 2, r); print('construct-ba', g() - b)
b = g()
try:
    raise UnicodeDecodeError(enc, b'ab', 1, 2, r)
except UnicodeError as x:
    print('raise', g() - b, str(x))
print('after', g() - b)
class My(UnicodeEncodeError): pass
m = My(enc, obj, 1, 2, r); print(sys.getsizeof(m), str(m))
e = UnicodeEncodeError('a', 'b', 1, 2, 'r')
try:
    e.__init__('x', 'y', 'z', 4, 'w')
except TypeError as x:
    print(x, e.encoding, e.object, e.reason, e.start, e.end, e.args)
try:
    e.__init__('x', 'y', 5, 10**20, 'w')
except OverflowError as x:
    print(x, e.encoding, e.start, e.end)
try:
    e.__init__(None, 'y', 5, 6, 'w')
except TypeError as x:
    print(x)
e.__init__('x', 'y', True, 3, 'w'); print(e.start, e.end, str(e))
class S(str): pass
e = UnicodeEncodeError(S('enc'), S('abc'), 0, 1, S('why')); print(str(e), type(e.reason).__name__)
e = UnicodeDecodeError('d', memoryview(b'xyz'), 0, 1, 'r'); print(type(e.object).__name__, e.object, str(e))
e = UnicodeDecodeError('d', bytearray(b'x'), 0, 1, 'r'); print(e.object, str(e))
d = UnicodeDecodeError('d', b'', 0, 1, 'r'); print(repr(str(d)))
try:
    d.__init__('d', 5, 0, 1, 'r')
except TypeError as x:
    print(x, d.encoding, d.object)
x = UnicodeTranslateError.__new__(UnicodeTranslateError); print(repr(str(x)), x.start)
x.object = 'abc'; print(str(x))
for call in (
    lambda: 'h\xe9llo w\xf6rld'.encode('ascii'),
    lambda: 'h\xe9\xe9llo'.encode('ascii'),
    lambda: 'h\ud800llo'.encode('utf-8'),
    lambda: 'h\u20acllo'.encode('latin-1'),
    lambda: b'ab\xffcd'.decode('utf-8'),
    lambda: b'ab\xe2\x82'.decode('utf-8'),
    lambda: b'ab\xffcd'.decode('ascii'),
    lambda: bytearray(b'ab\xffcd').decode(),
):
    try:
        call()
    except UnicodeError as x:
        print(x.args, x.start, x.end, x.encoding, x.reason, str(x))
