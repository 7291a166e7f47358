# Matrix determinants: cofactor recursion vs Gaussian elimination with fractions as int pairs.
def minor(m, row, col):
    return [r[:col] + r[col + 1:] for i, r in enumerate(m) if i != row]


def det_cofactor(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j, a in enumerate(m[0]):
        if a == 0:
            continue
        sign = -1 if j % 2 else 1
        total += sign * a * det_cofactor(minor(m, 0, j))
    return total


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(num, den) or 1
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    def __sub__(self, o):
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __mul__(self, o):
        return Frac(self.num * o.num, self.den * o.den)

    def __truediv__(self, o):
        return Frac(self.num * o.den, self.den * o.num)

    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)

    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


def det_gauss(m):
    a = [[Frac(x) for x in row] for row in m]
    n = len(a)
    result = Frac(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if a[r][c].num != 0), None)
        if pivot is None:
            return Frac(0)
        if pivot != c:
            a[c], a[pivot] = a[pivot], a[c]
            result = result * Frac(-1)
        result = result * a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return result


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


cases = {
    "identity4": identity(4),
    "singular": [[1, 2, 3], [2, 4, 6], [1, 0, 1]],
    "swap": [[0, 1], [1, 0]],
    "hilbert-ish": [[1, 2, 3], [2, 3, 4], [3, 4, 6]],
    "5x5": [[(i * 7 + j * 3) % 11 - 5 for j in range(5)] for i in range(5)],
}
for name, m in cases.items():
    d1 = det_cofactor(m)
    d2 = det_gauss(m)
    ok = "ok" if d2 == Frac(d1) else "MISMATCH"
    print(f"{name:>12}: cofactor={d1:>6} gauss={d2!r:>6} {ok}")

print(Frac(6, -4), Frac(0, 5), Frac(3, 9) - Frac(1, 3))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
print("rows of 5x5 minor:", minor(cases["5x5"], 2, 2)[1])
