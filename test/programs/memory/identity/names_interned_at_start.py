# A name that keys a builtin type's dict was interned by CPython's start-up (type_ready), so
# interning an equal str made at run time finds start-up's object and allocates nothing; a
# name nothing interned is the new str itself. str.maketrans is a static method, whose key
# add_methods does not intern (3.11's start-up interns it elsewhere).
import sys


def made(text):
    # A new str object with this text, not the code's constant.
    return "".join(list(text))


blocks = sys.getallocatedblocks
for text in ["append", "bit_length", "casefold", "__sizeof__", "fromkeys", "maketrans", "unheard_of_name"]:
    s = made(text)
    before = blocks()
    t = sys.intern(s)
    print(text, t is s, blocks() - before)
    del s, t


class Holder:
    pass


h = Holder()
for text in ["isdisjoint", "expandtabs", "another_unheard_name"]:
    name = made(text)
    setattr(h, name, 1)
    del name
    before = blocks()
    delattr(h, text)
    print("after delattr", text, blocks() - before)
