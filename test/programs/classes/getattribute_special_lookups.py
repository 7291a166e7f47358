# The instance's __getattribute__ sees only what CPython asks of the instance: special methods
# (__exit__ of a with, __len__, __iter__) are looked up on the type; dir() asks for __dict__ and __class__.
class S:
    def __getattribute__(self, attr):
        print("  ga", attr)
        return super().__getattribute__(attr)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def __len__(self):
        return 1

    def __iter__(self):
        return iter([1])

    def __contains__(self, x):
        return True

    def __repr__(self):
        return "S"

    def __reversed__(self):
        return iter([2])


s = S()
print("with")
with s as t:
    pass
print("len", len(s), "bool", bool(s), "in", 1 in s, "iter", list(s), "rev", list(reversed(s)), "repr", repr(s))
print("str", str(s), "fmt", f"{s}", format(s, ""))
print("dir", len(dir(s)) > 0)
try:
    raise ValueError
except ValueError:
    pass
