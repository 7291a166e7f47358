# ImportError: keyword-only name and path, msg from a lone argument, str() as that msg.
e = ImportError("no module named x", name="x", path="/p/x.py")
print(repr(e), e.msg, e.name, e.path, e.args, str(e))
e = ImportError()
print(repr(e), e.msg, e.name, e.path, str(e))
e = ModuleNotFoundError("No module named 'y'", name="y")
print(e.name, e, e.args)
e = ImportError("a", "b")
print(e.msg, str(e), e.args)
try:
    ImportError("m", bogus=1)
except TypeError as t:
    print(t)
e = ImportError("cannot import name 'q'", name="pkg", path=None)
e.name = "other"
del e.path
print(e.name, e.path, e.msg, e)
e = ImportError(42)
print(e.msg, str(e), repr(e))
