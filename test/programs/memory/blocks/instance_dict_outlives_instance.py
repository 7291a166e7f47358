# An instance's __dict__ made from its values (vars(o), o.__dict__) can outlive the instance:
# in 3.11-3.12 the dict took the values array over (it goes when the dict goes), in 3.13 the
# dict gets a copy of the inline values when the instance dies.
import sys


class P:
    def __init__(self, x):
        self.x = x


def blocks():
    return sys.getallocatedblocks()


p = P(1)
b = blocks()
d = vars(p)
print('materialize', blocks() - b)
b = blocks()
del p
print('owner dies', blocks() - b, d)
b = blocks()
d['y'] = 2
print('store after', blocks() - b, d)
b = blocks()
del d
print('dict dies', blocks() - b)
q = P(2)
b = blocks()
d2 = q.__dict__
d2['y'] = 5
print('store via dict', blocks() - b, q.y)
b = blocks()
del q
print('owner dies 2', blocks() - b, sorted(d2))
del d2
b = blocks()
r = vars(P(3))
print('temporary owner', blocks() - b, r)
b = blocks()
r.pop('x')
print('pop', blocks() - b, r)
del r
s = P(4)
d3 = s.__dict__
b = blocks()
s.w = 7
del s
print('attribute then owner dies', blocks() - b, sorted(d3))
keep = [vars(P(i)) for i in range(10)]
b = blocks()
del keep
print('ten dicts go', blocks() - b)
