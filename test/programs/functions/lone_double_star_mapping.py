# f(**m) alone: 3.8 passes m to CALL_FUNCTION_EX as it is (an exact dict is used as the call's
# keywords, anything else merged into a new one there); 3.9+ merge it into a new dict first.
import sys


def f(*a, **k):
    return sorted(k.items())


class M:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k.upper()


print(f(**{"a": 1}), f(**M()), f(*[1], **M()))
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
d = {"q": 1}
dd = [{} for i in range(100)]  # the dict free list drained: a dict made and freed shows
before = sys.getallocatedblocks()
for i in range(3):
    f(**d)
print("blocks after three f(**d):", sys.getallocatedblocks() - before)
