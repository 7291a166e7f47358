# getsizeof of an instance's __dict__: key-sharing tables per version.
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i) for i in range(3)]
print(sys.getsizeof(ps[0].__dict__) > 0)
print(sorted(ps[0].__dict__), len(ps[2].__dict__))
class Q:
    pass
q = Q()
q.a = 1
print(sorted(vars(q)))
