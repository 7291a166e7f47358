# Up to 3.10 a frame a traceback kept goes to the frame free list (frame_dealloc) when its last
# reference goes, so the order the free list gets frames shows which reference went last. The
# raising function's frame is held by its context's traceback too. 3.8 clears an
# `except ... as name` clause's name before POP_EXCEPT (compile.c compiler_try_except), so the
# exception state drops the traceback after the exception; 3.9 clears the name after, so the
# exception goes last, its traceback before its context. 3.11+ frames are not reused.
import sys

ids = []


class PE(Exception):
    pass


def s():
    ids.append(("s", id(sys._getframe())))
    return e(0)


def e(d):
    ids.append(("e%d" % d, id(sys._getframe())))
    return a(d)


def a(d):
    ids.append(("a%d" % d, id(sys._getframe())))
    if d == 0:
        e(1)
        try:
            {}["k"]
        except KeyError:
            raise PE() from None
    return 1


try:
    s()
except PE as err:
    print("caught", err)


def h():
    return id(sys._getframe())


def h2():
    return id(sys._getframe()), h()


def h3():
    return id(sys._getframe()), h2()


got = h3()
names = dict((v, k) for k, v in ids)
print("frames taken:", names.get(got[0], "-"), names.get(got[1][0], "-"), names.get(got[1][1], "-"))
