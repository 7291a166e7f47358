# A Matrix class with @, +=, unary minus, truthiness, equality and hashing rules.

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join(" ".join(f"{x:>{width}}" for x in row) for row in self.rows)

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def __bool__(self):
        return any(x for row in self.rows for x in row)

    def __neg__(self):
        return Matrix([[-x for x in row] for row in self.rows])

    def __pos__(self):
        return self

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x + other for x in row] for row in self.rows])
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    __radd__ = __add__

    def __iadd__(self, other):
        if isinstance(other, Matrix):
            for r, s in zip(self.rows, other.rows):
                for j, b in enumerate(s):
                    r[j] += b
            return self
        return NotImplemented

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[x * k for x in row] for row in self.rows])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def transpose(self):
        return Matrix(zip(*self.rows))


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(repr(-a), repr(+a is a))
print(a + b, a - b, sep="\n---\n")
print(repr(2 * a), repr(a * 0.5), repr(10 + a))
alias = a
a += b
print(a is alias, a)
a @= b
print(a is alias, repr(a))
print(bool(Matrix([[0, 0], [0, 0]])), bool(a), len(a), a[1, 0])
a[0, 0] = 99
print([row for row in a])
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 50)[0, 1])
print(Matrix([[1, 2, 3]]).transpose().shape, Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
print(a == Matrix(a.rows), a != b, a == "a")
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    a @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    a * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a += 1
except TypeError as e:
    print("TypeError:", e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
if Matrix.identity(3):
    print("identity is truthy:\n" + str(Matrix.identity(3) * 7))
