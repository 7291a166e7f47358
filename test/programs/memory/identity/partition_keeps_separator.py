# str.partition and bytes.partition hold the separator object itself (stringlib/partition.h),
# and the receiver itself when it is not found; bytearray's parts are all new.
import sys

text = "the quick brown fox jumps " * 30
sep = "".join(["f", "ox"])
p = text.partition(sep)
print(p[1] is sep, p[1] == sep, len(p[0]), len(p[2]))
p = text.rpartition(sep)
print(p[1] is sep, len(p[0]))
p = text.partition("zzz")
print(p[0] is text, repr(p[1]), p[2] is p[1])
p = text.rpartition("zzz")
print(p[2] is text, p[0] is p[1])


class Sep(str):
    pass


tagged = Sep(" ")
p = "a b".partition(tagged)
print(p[1] is tagged, type(p[1]).__name__)
space = bytearray(b" ")
p = b"a b".partition(space)
print(p, p[1] is space)
view = memoryview(b" ")
print(type(b"a b".rpartition(view)[1]).__name__)


class B(bytes):
    pass


x = B(b"a b")
p = x.partition(b" ")
print(p, type(p[0]).__name__, x.partition(b"z")[0] is x, x.rpartition(b"z")[2] is x)
ba = bytearray(b"a b")
p = ba.partition(b" ")
print(p, ba.partition(b"z")[0] is ba, ba.rpartition(b"z")[2] is ba, ba.partition(space)[1] is space)
before = sys.getallocatedblocks()
parts = text.partition(sep)
print("blocks for a partition:", sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
parts = b"key=value".partition(b"=")
print("blocks for a bytes partition:", sys.getallocatedblocks() - before)
