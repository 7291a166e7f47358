# A sparse vector with __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__, __reversed__ and __bool__
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if not 0 <= i < self.size:
            raise IndexError("sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
    def __iter__(self):
        return (self[i] for i in range(self.size))
    def __reversed__(self):
        return (self[i] for i in range(self.size - 1, -1, -1))
    def __bool__(self):
        return bool(self.data)
v = Sparse(6)
print(bool(v), len(v), list(v))
v[1] = 5
v[4] = 7
print(bool(v), list(v), v[1:5], v[::2], list(reversed(v)), 7 in v, 3 in v, 0 in v)
v[1] = 0
del v[4]
print(list(v), bool(v))
try:
    v[6]
except IndexError as e:
    print("IndexError:", e)
try:
    del v[2]
except KeyError as e:
    print("KeyError:", e)
print(sum(v), max(v), sorted(v, reverse=True)[:2])
