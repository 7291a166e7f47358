# A walrus in a comprehension binds a name the function declared global; a method may declare __class__ nonlocal.
sentinel = object()
def f():
    global G
    [G := sentinel for _ in range(1)]
    return G is sentinel
print(f())
class T:
    def m(self):
        nonlocal __class__
        __class__ = 5
        return __class__
print(T().m())

class U:
    def m(self):
        nonlocal __class__
        __class__ = 5
        return __class__
    def n(self):
        return __class__
t = U()
print(t.n() is U, t.m(), t.n(), U.m.__code__.co_freevars, U.n.__code__.co_freevars)
def outer():
    x = 1
    class K:
        def f(self):
            nonlocal x
            x += 1
            return x
    return K().f()
print(outer())
