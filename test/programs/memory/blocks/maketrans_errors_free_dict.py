# str.maketrans (unicode_maketrans_impl) makes its dict before checking x, and drops it on
# each error; y and z are checked by the clinic wrapper before the dict exists.
import sys

cases = [(1, "a"), ("a", 2), ("ab", "c"), ({"ab": 1},), (1,), ("a", "b", 3), ({1.5: 2},)]


def attempt(args):
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        return type(e).__name__ + " " + str(e)


for args in cases:
    print(attempt(args))
before = sys.getallocatedblocks()
for i in range(30):
    for args in cases:
        attempt(args)
print("blocks kept:", sys.getallocatedblocks() - before)
