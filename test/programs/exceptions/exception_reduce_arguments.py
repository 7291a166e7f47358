# The exceptions' __reduce__ and __getstate__ are METH_NOARGS: getargs' messages for a positional or a keyword argument.
import sys
def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: BaseException().__reduce__(1))
show(lambda: BaseException().__reduce__(x=1))
show(lambda: ImportError().__reduce__(1))
show(lambda: OSError().__reduce__(1))
show(lambda: OSError().__reduce__(x=1))
print(ImportError("m", name="n").__reduce__()[0].__name__, OSError(2, "no", "f").__reduce__()[1])
if sys.version_info >= (3, 12):
    show(lambda: AttributeError().__reduce__(1))
    show(lambda: AttributeError().__getstate__(1))
