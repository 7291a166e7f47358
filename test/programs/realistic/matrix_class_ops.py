# A small Matrix class: __getitem__/__setitem__ with tuple and slice keys, __matmul__,
# __eq__ with NotImplemented, __iter__, __neg__/__abs__, __round__, in-place operators,
# and __index__ so instances can be used as list indices and in range().
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged rows: " + ", ".join(str(len(r)) for r in self.rows))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[key]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v + other for v in row] for row in self.rows])
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        self.rows = (self + other).rows
        return self

    def __neg__(self):
        return Matrix([[-v for v in row] for row in self.rows])

    def __abs__(self):
        return max(abs(v) for v in self)

    def __round__(self, nd=None):
        return Matrix([[round(v, nd) for v in row] for row in self.rows])

    def __repr__(self):
        w = max(len(repr(v)) for v in self)
        return "\n".join("[" + " ".join(repr(v).rjust(w) for v in row) + "]" for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0.5, -1], [2, 0.25]])
print(a @ b)
print(a @ Matrix.identity(2) == a, a == [[1, 2], [3, 4]], a != a @ a, a.shape, a[1, 0], a[0], a[:, 1], a[::-1, 0])
a[0, 0] = 10
a += 1
print(a)
print(-a, abs(b), list(a), sum(a), max(a), 4 in a, sorted(a, reverse=True))
print(round(Matrix([[1.25, 2.675], [3.14159, -0.5]]), 1), round(Matrix([[2.5, 3.5]])), sep="\n")
for bad in [lambda: Matrix([[1], [1, 2]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: a @ 2, lambda: a[5, 0], lambda: a < b]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)


class Slot:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


items = list("abcdef")
print(items[Slot(2)], items[Slot(1):Slot(4)], list(range(Slot(3))), hex(Slot(255)), bin(Slot(5)), "xyz" * Slot(2), [0] * Slot(3), operator_like := items[Slot(-1)])
try:
    items[Slot("x")]
except TypeError as e:
    print("TypeError:", e)
v = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*v)), [list(col) for col in zip(*v)], [[row[i] for row in v] for i in range(3)], sum(map(sum, v)))
