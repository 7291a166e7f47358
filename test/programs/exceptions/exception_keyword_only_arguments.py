# ImportError, AttributeError and NameError take keyword-only arguments with getargs' checks: the count first, then an unknown name.
import sys
def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: ImportError(name=1, path=2, x=3, y=4))
show(lambda: ImportError("m", zz=1))
e = ImportError("m", name="a", path="p")
print(e.name, e.path, e.msg)
if sys.version_info >= (3, 10):
    show(lambda: AttributeError('a', name=1, obj=2, zz=3))
    show(lambda: NameError(name=1, zz=2))
    show(lambda: NameError(zz=2))
    print(AttributeError('a', name='n', obj=3).obj, NameError(name='q').name)
