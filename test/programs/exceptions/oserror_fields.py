# OSError's fields: errno, strerror, filename and filename2 from two to five arguments, the
# subclass an errno maps to, str() as "[Errno n] text: 'file'", and what it all holds.
import sys

e = FileNotFoundError("settings.toml")
print(repr(e), e.errno, e.strerror, e.filename, e.args)

e = OSError(2, "No such file or directory")
print(type(e).__name__, repr(e), "|", e, "|", e.errno, e.strerror, e.filename)

e = OSError(13, "Permission denied", "secret.txt")
print(type(e).__name__, "|", e, "|", e.args, e.filename)

e = OSError(1, "Operation not permitted", "a.txt", None, "b.txt")
print(type(e).__name__, "|", e, "|", e.filename2, e.args)

for code in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999):
    print(code, type(OSError(code, "x")).__name__)

print(type(OSError("just a message")).__name__, OSError("just a message").errno)
print(OSError(1, 2, 3, 4, 5, 6).args, OSError(1, 2, 3, 4, 5, 6).errno)
print(type(FileNotFoundError(13, "x")).__name__)

b = BlockingIOError(11, "busy", 42)
print(b.characters_written, b.filename, b.args)
try:
    BlockingIOError(11, "busy").characters_written
except AttributeError as x:
    print("AttributeError:", x)

e = OSError(2, "gone", "f.txt")
e.errno = 5
e.filename = None
print(e, "|", e.errno, e.filename)
del e.strerror
print(e.strerror, e)


class ConfigError(OSError):
    pass


class RetryError(OSError):
    def __init__(self, attempts, path):
        super().__init__(11, "retry later", path)
        self.attempts = attempts


c = ConfigError(2, "missing", "app.cfg")
print(type(c).__name__, c, c.args)
r = RetryError(3, "/tmp/x")
print(type(r).__name__, r, r.args, r.attempts, r.errno)

try:
    raise OSError(17, "File exists", "out")
except FileExistsError as x:
    print("caught FileExistsError:", x.errno, x)

# What an OSError holds: the call's arguments, and a two-item args tuple when a filename cut it.
code = 10 ** 6
text = "disk " + "full"
before = sys.getrefcount(text)
e = OSError(code, text)
print("refs to strerror:", sys.getrefcount(text) - before, sys.getrefcount(e.args))
e2 = OSError(code, text, "log.txt")
print("refs with a filename:", sys.getrefcount(text) - before, len(e2.args))
del e, e2
print("after del:", sys.getrefcount(text) - before)

sizes = []
for make in (lambda: OSError(code, text), lambda: OSError(code, text, "log.txt"), lambda: OSError(text)):
    before = sys.getallocatedblocks()
    e = make()
    sizes.append((sys.getallocatedblocks() - before, sys.getsizeof(e)))
    del e
print("blocks and sizes:", sizes)
