# The builtin exception types' own dicts, as type_ready fills them from Objects/exceptions.c:
# __new__ where the static type sets tp_new, slot wrappers, methods, members and getsets, in
# CPython's order; each type's slot wrappers are its own objects.
import builtins

NAMES = (
    "BaseException Exception ArithmeticError ZeroDivisionError OverflowError LookupError KeyError IndexError "
    "StopIteration StopAsyncIteration SystemExit GeneratorExit KeyboardInterrupt OSError FileNotFoundError "
    "ConnectionError BrokenPipeError TimeoutError ImportError ModuleNotFoundError NameError UnboundLocalError "
    "RuntimeError RecursionError NotImplementedError TypeError ValueError UnicodeError IndentationError TabError "
    "MemoryError AssertionError BufferError EOFError ReferenceError SystemError Warning UserWarning "
    "DeprecationWarning RuntimeWarning BaseExceptionGroup"
).split()

for name in NAMES:
    t = getattr(builtins, name, None)
    if t is None:
        continue
    print(name, " ".join(f"{k}:{type(v).__name__}" for k, v in t.__dict__.items() if k not in ("__doc__", "__module__")))
    print("  last key", list(t.__dict__)[-1])

print(Exception.__init__ is BaseException.__init__, ValueError.__init__ is Exception.__init__)
print(Exception.__dict__["__init__"] is Exception.__init__, KeyError.__str__ is LookupError.__str__)
print(Exception.__new__ is BaseException.__new__, StopIteration.__new__ is Exception.__new__)
print(OSError.__init__, KeyError.__str__, ValueError.__init__, BaseException.__repr__)
print(BaseException.__dict__["__suppress_context__"], OSError.__dict__["errno"], BaseException.__dict__["args"])
print(BaseException.__reduce__, OSError.__reduce__, BaseException.with_traceback)
print(type(Exception("x").__init__).__name__, Exception("x").__init__.__name__)
print(sorted(n for n in dir(Exception) if n.startswith("__r")))
