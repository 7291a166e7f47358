# gc.is_tracked of what start-up made: builtin functions, descriptors, modules and io objects
# are tracked GC objects; static types are not, heap types (ExceptionGroup, importlib's classes,
# 3.12+'s _io types) are; C-made struct sequences (sys.version_info) are not, constructed ones are.
import gc
import sys
import builtins

print('len', gc.is_tracked(len), 'print', gc.is_tracked(print), 'getsizeof', gc.is_tracked(sys.getsizeof))
print('method_descriptor', gc.is_tracked(list.__dict__['append']), 'str.join', gc.is_tracked(str.join))
print('classmethod_descriptor', gc.is_tracked(dict.__dict__['fromkeys']))
print('getset', gc.is_tracked(type.__dict__['__name__']), 'member', gc.is_tracked(type.__dict__['__base__']))
print('wrapper_descriptor', gc.is_tracked(object.__dict__['__init__']), 'method-wrapper', gc.is_tracked((1).__add__))
print('modules', gc.is_tracked(builtins), gc.is_tracked(sys), gc.is_tracked(gc))
print('stdout', gc.is_tracked(sys.stdout), gc.is_tracked(sys.stderr))
print('TextIOWrapper type', gc.is_tracked(type(sys.stdout)), type(sys.stdout).__name__)
print('static types', gc.is_tracked(int), gc.is_tracked(type), gc.is_tracked(BaseException), gc.is_tracked(ValueError))
print('BuiltinImporter', gc.is_tracked(builtins.__loader__))
print('main loader', gc.is_tracked(__loader__), type(__loader__).__name__)
if sys.version_info >= (3, 11):
    print('ExceptionGroup', gc.is_tracked(ExceptionGroup), 'BaseExceptionGroup', gc.is_tracked(BaseExceptionGroup))
    print('ExceptionGroup()', gc.is_tracked(ExceptionGroup('m', [ValueError()])))
print('version_info', gc.is_tracked(sys.version_info), 'float_info', gc.is_tracked(sys.float_info))
print('int_info', gc.is_tracked(sys.int_info), 'hash_info', gc.is_tracked(sys.hash_info))
made = type(sys.float_info)((1.0,) * 11)
print('constructed struct sequence', gc.is_tracked(made))
d = {'loader': builtins.__loader__}
print('dict of a heap type', gc.is_tracked(d))
