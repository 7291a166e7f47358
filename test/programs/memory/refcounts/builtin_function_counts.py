# Builtin functions, builtin types' methods and the sys and builtins modules start at the
# counts CPython's start-up leaves (the builtins dict and its copies, stdlib modules that
# keep them), and a script's references add to them and are dropped again.
import sys
import builtins

print('len', sys.getrefcount(len), 'print', sys.getrefcount(print), 'getattr', sys.getrefcount(getattr))
print('sorted', sys.getrefcount(sorted), 'isinstance', sys.getrefcount(isinstance), 'repr', sys.getrefcount(repr))
print('sys.getsizeof', sys.getrefcount(sys.getsizeof), 'sys.getrefcount', sys.getrefcount(sys.getrefcount))
print('list.append', sys.getrefcount(list.append), 'str.join', sys.getrefcount(str.join))
print('int.__add__', sys.getrefcount(int.__add__), 'dict.fromkeys', sys.getrefcount(dict.__dict__['fromkeys']))
print('sys', sys.getrefcount(sys), 'builtins', sys.getrefcount(builtins), 'stdout', sys.getrefcount(sys.stdout))

measure = len
size = sys.getsizeof
print('aliased', sys.getrefcount(len), sys.getrefcount(sys.getsizeof))
keep = [len, len, sorted, list.append]
print('in a list', sys.getrefcount(len), sys.getrefcount(sorted), sys.getrefcount(list.append))


def takes(f, g=len):
    return sys.getrefcount(f), sys.getrefcount(g)


print('as arguments', takes(sorted))
del keep, measure, size
print('dropped', sys.getrefcount(len), sys.getrefcount(sorted), sys.getrefcount(list.append), sys.getrefcount(sys.getsizeof))
print('default kept', sys.getrefcount(len))
del takes
print('function gone', sys.getrefcount(len))


class Box:
    pick = max


print('class attribute', sys.getrefcount(max))
appender = [].append
print('bound method', sys.getrefcount(list.append), sys.getrefcount(appender))
builtins.len2 = len
print('stored in builtins', sys.getrefcount(len))
del builtins.len2
print('builtins again', sys.getrefcount(len))
