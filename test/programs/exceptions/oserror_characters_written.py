# BlockingIOError's characters_written: its third argument, set through __index__, deleted to an AttributeError.
class N:
    def __index__(self):
        return 7
b = BlockingIOError(11, "busy", 3)
b.characters_written = N()
print(b.characters_written)
try:
    b.characters_written = 1.5
except TypeError as e:
    print(e)
del b.characters_written
print(hasattr(b, "characters_written"))
