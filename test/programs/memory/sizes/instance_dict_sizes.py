# getsizeof of an instance's __dict__: a key-sharing dict of the class's shared keys up to 3.10.
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i) for i in range(3)]
print(sys.getsizeof(ps[0].__dict__), sys.getsizeof(ps[2].__dict__))
print(sorted(ps[0].__dict__), len(ps[2].__dict__))
class Q:
    pass
q = Q()
q.a = 1
print(sys.getsizeof(q.__dict__), list(q.__dict__))
class Wide:
    def __init__(self):
        for i in range(8):
            setattr(self, 'a' + str(i), i)
w1 = Wide()
w2 = Wide()
print(sys.getsizeof(w2.__dict__), len(w2.__dict__))
