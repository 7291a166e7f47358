# str.split and rsplit (Objects/stringlib/split.h) make their list first with room for
# PREALLOC_SIZE(maxsplit) items (at most MAX_PREALLOC = 12), set the first pieces in place
# and append the rest; a receiver with nothing to cut is its own piece. splitlines appends
# each line to an empty list. The items' room shows in sys.getsizeof.
import sys

s = "the cat sat on the mat the end"
# (Lists of a receiver not cut at all are left out: 3.12's are sized otherwise.)
for parts in (s.split(), s.rsplit(), s.split(" ", 2), s.rsplit(" ", 1), s.split(None, 0),
              ("w " * 15).split(), ("w," * 13).rsplit(","), "a\nb\nc".splitlines()):
    print(len(parts), sys.getsizeof(parts))
word = "".join(["so", "lo"])
print(word.split()[0] is word, word.split(",")[0] is word, word.rsplit("x", 3)[0] is word,
      word.split(None, 0)[0] is word, word.splitlines()[0] is word, (word + " ").split()[0] is word)
