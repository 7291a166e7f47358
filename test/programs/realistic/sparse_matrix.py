# A dictionary-of-keys sparse matrix: tuple-key __getitem__/__setitem__, __iter__, __contains__, __matmul__, equality.
class Sparse:
    def __init__(self, rows, cols, entries=()):
        self.shape = (rows, cols)
        self.cells = {}
        for (r, c), v in entries:
            self[r, c] = v

    def _check(self, key):
        r, c = key
        if not (0 <= r < self.shape[0] and 0 <= c < self.shape[1]):
            raise IndexError(f"index {key} out of range for shape {self.shape}")

    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self._check(key)
        if value:
            self.cells[key] = value
        else:
            self.cells.pop(key, None)

    def __contains__(self, key):
        return key in self.cells

    def __iter__(self):
        return iter(sorted(self.cells.items()))

    def __len__(self):
        return len(self.cells)

    def __eq__(self, other):
        return isinstance(other, Sparse) and self.shape == other.shape and self.cells == other.cells

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        out = Sparse(*self.shape, self)
        for k, v in other:
            out[k] = out[k] + v
        return out

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("inner dimensions differ")
        out = Sparse(self.shape[0], other.shape[1])
        by_row = {}
        for (r, c), v in other:
            by_row.setdefault(r, []).append((c, v))
        for (r, k), v in self:
            for c, w in by_row.get(k, ()):
                out[r, c] += v * w
        return out

    def transpose(self):
        return Sparse(self.shape[1], self.shape[0], (((c, r), v) for (r, c), v in self))

    def dense(self):
        return [[self[r, c] for c in range(self.shape[1])] for r in range(self.shape[0])]

    def __repr__(self):
        return f"Sparse{self.shape}{dict(self)}"

a = Sparse(3, 4, [((0, 0), 1), ((1, 2), 5), ((2, 3), -2), ((0, 3), 4)])
b = Sparse(4, 2, [((0, 1), 3), ((2, 0), 1), ((3, 1), 2), ((3, 0), 0)])
print(a, len(a), (1, 2) in a, (1, 1) in a)
for row in a.dense():
    print(" ".join(f"{x:3d}" for x in row))
p = a @ b
print(p, p.dense())
print(a.transpose().transpose() == a, a.transpose() == a, a == "a")
s = a + a
print(s.dense()[0], len(s))
s[0, 0] = 0
print(len(s), (0, 0) in s, s[0, 0])
for bad in [lambda: a[3, 0], lambda: a + b, lambda: b @ b, lambda: a[0]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
ident = Sparse(4, 4, (((i, i), 1) for i in range(4)))
print((a @ ident) == a, sum(v for _, v in ident), max(a, key=lambda kv: kv[1]))
