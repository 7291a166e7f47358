# A dict or list subclass's instance comes from PyType_GenericAlloc: its pre-header (the GC
# head, and from 3.11 the managed dict pointers) and the __dict__/__weakref__ pointers it adds,
# not the plain dict's or list's size. Which bytes object (33 + n bytes) takes a freed
# instance's block shows the instance's size class.


class D(dict):
    pass


class L(list):
    pass


def size_class(cls):
    found = []
    for n in (20, 40, 55, 70):
        x = cls()
        i = id(x)
        del x
        b = b"x" * n
        # The id is past the pre-header (GC head, managed dict pointers); a bytes has none.
        if 0 <= i - id(b) <= 32:
            found.append(n)
        del b
    return found


print("dict subclass:", size_class(D))
print("list subclass:", size_class(L))
print("dict:", size_class(dict), "list:", size_class(list))
