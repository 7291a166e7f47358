# Py_ssize_t arguments of exceptions and containers (PyLong_AsSsize_t, PyNumber_AsSsize_t): the
# overflow each raises (BlockingIOError.characters_written: ValueError), and the backslash escapes.
import sys
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'bad')
print(str(e))
try:
    e.start = 2 ** 70
except OverflowError as x:
    print('OverflowError', x)
try:
    UnicodeDecodeError('utf-8', b'ab', 2 ** 64, 1, 'bad')
except OverflowError as x:
    print('OverflowError', x)
try:
    UnicodeEncodeError('ascii', None, 0, 1, 'r')
except TypeError as x:
    print('TypeError', x)
print(str(UnicodeEncodeError('ascii', '\u20ac\U0001f600x', 0, 1, 'r')), str(UnicodeEncodeError('ascii', '\U0001f600x', 0, 1, 'r')), str(UnicodeTranslateError('\xe9', 0, 1, 'r')))
b = BlockingIOError(1, 'x', 5)
try:
    b.characters_written = 2 ** 70
except ValueError as x:
    print('ValueError', x)
b.characters_written = 7
print(b.characters_written)
print(len(range(2 ** 62)))
try:
    len(range(2 ** 64))
except OverflowError as x:
    print('OverflowError', x)
m = memoryview(b'abc')
try:
    m[2 ** 70]
except IndexError as x:
    print('IndexError', x)
print('\u20ac'.encode('ascii', 'backslashreplace'), b'\xff'.decode('ascii', 'backslashreplace'))
