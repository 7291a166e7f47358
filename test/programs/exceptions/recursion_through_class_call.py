# Calling a class or an instance with __call__ goes through tp_call (_PyObject_MakeTpCall,
# PyObject_Call), which up to 3.11 takes a level of depth of its own: recursion through it
# reaches half as deep. 3.13's specialized class call pushes a shim frame, a level too.
import sys

sys.setrecursionlimit(60)
depth = 0


class Node:
    def __init__(self, n):
        global depth
        depth += 1
        self.child = Node(n + 1)


class NoArgs:
    def __init__(self):
        global depth
        depth += 1
        self.child = NoArgs()


class ByKeyword:
    def __init__(self, n=0):
        global depth
        depth += 1
        self.child = ByKeyword(n=n + 1)


class Starred:
    def __init__(self, *args):
        global depth
        depth += 1
        self.child = Starred(*args)


class ByNew:
    def __new__(cls, n):
        global depth
        depth += 1
        return ByNew(n + 1)


class Callable:
    def __call__(self, n):
        global depth
        depth += 1
        return self(n + 1)


class Meth:
    def m(self, n):
        global depth
        depth += 1
        return self.m(n + 1)


class CallEx:
    def __call__(self, n):
        global depth
        depth += 1
        return self(*(n + 1,))


class Base:
    def __init__(self, n):
        global depth
        depth += 1
        Derived(n + 1)


class Derived(Base):
    # super() makes __init__ a closure: the loop calls it through type_call (3.13: with the shim's level).
    def __init__(self, n):
        super().__init__(n)


class ViaTypeCall:
    # type.__call__ is a slot wrapper, called through tp_call (a level up to 3.11).
    def __init__(self, n):
        global depth
        depth += 1
        type.__call__(ViaTypeCall, n + 1)


class WithNew:
    def __new__(cls, n):
        return super().__new__(cls)

    def __init__(self, n):
        global depth
        depth += 1
        WithNew(n + 1)


class Slots:
    __slots__ = ("a",)

    def __init__(self, n):
        global depth
        depth += 1
        Slots(n + 1)


def plain(n):
    global depth
    depth += 1
    return plain(n + 1)


callable_obj = Callable()
meth_obj = Meth()
bound = meth_obj.m
call_ex = CallEx()
cases = [
    ("plain", lambda: plain(0)),
    ("Node", lambda: Node(0)),
    ("NoArgs", lambda: NoArgs()),
    ("ByKeyword", lambda: ByKeyword()),
    ("Starred", lambda: Starred(1, 2)),
    ("ByNew", lambda: ByNew(0)),
    ("Callable", lambda: callable_obj(0)),
    ("Meth", lambda: meth_obj.m(0)),
    ("bound", lambda: bound(0)),
    ("CallEx", lambda: call_ex(0)),
    ("Derived", lambda: Derived(0)),
    ("ViaTypeCall", lambda: ViaTypeCall(0)),
    ("WithNew", lambda: WithNew(0)),
    ("Slots", lambda: Slots(0)),
]
for rnd in range(2):
    for name, f in cases:
        depth = 0
        before = sys.getallocatedblocks()
        try:
            f()
        except RecursionError as e:
            msg = str(e)
        after = sys.getallocatedblocks()
        # The first round's blocks include what the first deep recursion leaves cached.
        print(name, depth, msg, after - before if rnd else "")
