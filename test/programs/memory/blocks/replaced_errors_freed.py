# An error a builtin catches and replaces or swallows is freed then: a loop of them leaves no
# blocks behind (bytes() of a non-iterable replaces the TypeError of iter() with its own).
import sys

before = sys.getallocatedblocks()
for i in range(50):
    try:
        bytes(5.5)
    except TypeError as e:
        message = str(e)
print(message)
print("blocks left by 50 replaced errors:", sys.getallocatedblocks() - before)

# str.translate looks each character up in the table: a KeyError for those it does not map,
# cleared at once.
text = "hello world, the quick brown fox"
table = str.maketrans("aeiou", "AEIOU")
before = sys.getallocatedblocks()
for i in range(20):
    out = text.translate(table)
print(out, "blocks left by 20 translations:", sys.getallocatedblocks() - before)
