# set.__reduce__ / frozenset.__reduce__ (set_reduce): (type, (list,), state) with the instance dict as
# state (3.8-3.10 read __dict__, so an empty one is made; 3.11+ give None for an empty one);
# object.__reduce_ex__(0|1) goes to it. The blocks a second reduce keeps: its result only.
import sys
class S(set): pass
class F(frozenset): pass
s = S([3, 1]); s.a = 1
e = S([2])
for o in ({1, 2}, frozenset({3}), set(), s, e, F([1])):
    r = o.__reduce__()
    print(type(r[0]).__name__, r[0].__name__, sorted(r[1][0]), r[2], o.__reduce_ex__(1)[2], o.__reduce_ex__(0)[1][0] == r[1][0])
x = {1, 2, 3}
x.__reduce__()
b = sys.getallocatedblocks()
r = x.__reduce__()
print(sys.getallocatedblocks() - b)
del r
print(sys.getallocatedblocks() - b)
