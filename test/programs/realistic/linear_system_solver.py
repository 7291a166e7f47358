# Gaussian elimination with partial pivoting over lists of floats: solve, determinant, inverse and residual checks.
def copy(m):
    return [row[:] for row in m]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]

class SingularMatrix(ArithmeticError):
    pass

def eliminate(m, rhs):
    a, b = copy(m), copy(rhs)
    n = len(a)
    sign = 1
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            raise SingularMatrix(f"pivot {col} is zero")
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            b[col], b[pivot] = b[pivot], b[col]
            sign = -sign
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            if f:
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
                b[r] = [x - f * y for x, y in zip(b[r], b[col])]
    return a, b, sign

def back_substitute(a, b):
    n = len(a)
    x = [[0.0] * len(b[0]) for _ in range(n)]
    for i in reversed(range(n)):
        for k in range(len(b[0])):
            s = b[i][k] - sum(a[i][j] * x[j][k] for j in range(i + 1, n))
            x[i][k] = s / a[i][i]
    return x

def solve(m, v):
    a, b, _ = eliminate(m, [[e] for e in v])
    return [row[0] for row in back_substitute(a, b)]

def det(m):
    try:
        a, _, sign = eliminate(m, [[0.0] for _ in m])
    except SingularMatrix:
        return 0.0
    p = float(sign)
    for i in range(len(a)):
        p *= a[i][i]
    return p

def inverse(m):
    a, b, _ = eliminate(m, identity(len(m)))
    return back_substitute(a, b)

def show(name, m):
    print(name)
    for row in m:
        print("  [" + ", ".join(f"{x:8.4f}" for x in row) + "]")

A = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
v = [8.0, -11.0, -3.0]
x = solve(A, v)
print("x =", [round(e, 10) for e in x])
print("det =", round(det(A), 10))
inv = inverse(A)
show("inverse", inv)
check = matmul(A, inv)
print("A*inv == I:", all(abs(check[i][j] - (i == j)) < 1e-9 for i in range(3) for j in range(3)))
residual = [sum(a * b for a, b in zip(row, x)) - t for row, t in zip(A, v)]
print("max residual < 1e-12:", max(map(abs, residual)) < 1e-12)
S = [[1.0, 2.0], [2.0, 4.0]]
print("det S =", det(S))
try:
    inverse(S)
except SingularMatrix as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
H = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
show("hilbert", H)
print("det H = %.6e" % det(H))
print("cond-ish:", f"{max(abs(e) for row in inverse(H) for e in row):.1f}")
print([[int(e) for e in row] for row in matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])])
T = list(map(list, zip(*A)))
print(T, det(T) == det(A) or abs(det(T) - det(A)) < 1e-9)
