# SyntaxError's members, __init__ (the info tuple, 3.8-3.9's Missing parentheses message) and __str__: values and blocks.
import sys
g = sys.getallocatedblocks
print(sorted(k for k in SyntaxError.__dict__))
print(type(SyntaxError.__dict__['msg']).__name__, repr(SyntaxError.__dict__['lineno']))
e = SyntaxError('bad thing', ('dir/file.py', 3, 4, 'x = = 1\n'))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.print_file_and_line)
print(str(e), repr(e))
print(sys.getsizeof(e), sys.getsizeof(IndentationError()), sys.getsizeof(TabError('x')))
print(getattr(e, 'end_lineno', 'n/a'), getattr(e, 'end_offset', 'n/a'))
e2 = SyntaxError('m')
print(e2.msg, e2.filename, e2.lineno, str(e2))
e3 = SyntaxError()
print(e3.msg, str(e3), repr(e3))
e4 = SyntaxError('a', 'b', 'c')
print(e4.msg, e4.filename, str(e4))
for info in [('f.py', 1, 2, 't'), ['f.py', 1, 2, 't'], (None, 5, None, None), ('a/b/c.py', None, 1, 't'), (1, 2, 3, 4)]:
    e = SyntaxError('m', info)
    print(str(e), e.filename, e.lineno)
try:
    SyntaxError('m', ('f', 1, 2))
except Exception as x:
    print(type(x).__name__, x)
try:
    SyntaxError('m', ('f', 1, 2, 't', 5))
except Exception as x:
    print(type(x).__name__, x)
try:
    SyntaxError('m', 5)
except Exception as x:
    print(type(x).__name__, x)
try:
    SyntaxError('m', ('f', 1, 2, 't', 5, 6, 7))
except Exception as x:
    print(type(x).__name__, x)
e = SyntaxError('m', ('f', 1, 2, 't', 5, 6)) if sys.version_info >= (3, 10) else None
if e: print(e.end_lineno, e.end_offset, str(e))
e = SyntaxError('m', ('f', True, 2, 't'))
print(str(e))
e = SyntaxError('Missing', ('f', 1, 2, 'print "hello"'))
print(e.msg)
e = SyntaxError('Missing', ('f', 1, 2, 'exec "hello"'))
print(e.msg)
e.msg = 'new'; e.lineno = 9; e.filename = '/x/y'
print(str(e))
del e.filename
print(e.filename, str(e))
# allocations
info = ('dir/file.py', 3, 4, 'text')
msg = 'message'
b = g(); e = SyntaxError(msg, info); print('construct', g() - b)
b = g(); s = str(e); print('str', g() - b, s)
del s
b = g(); s = str(e); del s; print('str-temp', g() - b)
b = g(); del e; print('del', g() - b)
b = g(); e = SyntaxError(msg, ['dir/file.py', 3, 4, 'text']); print('construct-list', g() - b)
info2 = ('file.py', 3, 4, 'text')
b = g(); e = SyntaxError(msg, info2); s = str(e); print('str-nodir', g() - b, s is msg)
e = SyntaxError(msg)
b = g(); s = str(e); print('str-plain', g() - b, s is msg)
b = g()
try:
    raise SyntaxError(msg, info)
except SyntaxError as x:
    print('raise', g() - b)
print('after', g() - b)
class MyErr(SyntaxError): pass
b = g(); e = MyErr(msg, info); print('sub', g() - b, sys.getsizeof(e))
e = IndentationError('m', ('f', 1, 2, 't')); print(str(e), type(e).__name__)
t1 = 'if x: exec code'
t2 = '  print x, ;y'
t3 = 'print(x)'
t4 = 'print   '

b = g(); e = SyntaxError('m', ('f', 1, 2, t3)); print('legacy-paren', g() - b, e.msg)
b = g(); e = SyntaxError('m', ('f', 1, 2, t1)); print('legacy-exec', g() - b, e.msg)
b = g(); e = SyntaxError('m', ('f', 1, 2, t2)); print('legacy-print', g() - b, e.msg)
b = g(); e = SyntaxError('m', ('f', 1, 2, t2)); print('legacy-print2', g() - b, e.msg)
b = g(); e = SyntaxError('m', ('f', 1, 2, t4)); print('legacy-print3', g() - b, e.msg)
b = g(); e = IndentationError('m', ('f', 1, 2, t2)); print('indent', g() - b, e.msg)
class S(SyntaxError): pass
e = S('m', ('f', 1, 2, t2)); print(e.msg, str(e))
e = SyntaxError('m', ('f', 1, 2, 5)); print(e.msg, str(e))
e = SyntaxError('m', ('dir/', 10**30, 2, 'x')); print(str(e))
e = SyntaxError(5, ('a/b/cc', 7, 2, 'x')); print(str(e))
e = SyntaxError('m', ('f', 1, 2, 'x')); e.__init__('n'); print(e.msg, e.filename, str(e))
e.__init__('p', ('g', 2, 3, 'y')); print(e.msg, e.filename, str(e), e.args)
try:
    SyntaxError(msg='x')
except TypeError as x:
    print(x)
print(sys.getrefcount(t2) - sys.getrefcount(t3))
