# BUILD_STRING (an f-string) makes the result before it releases the pieces, the last piece
# first; a one-character result is a str of its own.
ids = []


def mk(o):
    ids.append(id(o))
    return o


x = 123
s = f"{mk(str(x))}{mk(str(x))}"
t = str(x + 1)
u = str(x + 2)
print(id(s) in ids, id(t) == ids[0], id(t) == ids[1], id(u) == ids[0], id(u) == ids[1])
e = ""
c = f"{e}{'a'}"
print(c is chr(97), c == "a", f"{e}{e}" is str())
