# Euclid's gcd, lcm, and a Fraction class with normalisation and arithmetic dunders.
import math
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)
    def __repr__(self):
        return f"{self.n}/{self.d}"

print(gcd(48, 18), gcd(-12, 8), math.gcd(48, 18), 12 * 18 // gcd(12, 18))
h = Frac(0)
for k in range(1, 8):
    h = h + Frac(1, k)
print(h, Frac(2, -4), Frac(3, 9) * Frac(3, 1), Frac(1, 2) == Frac(2, 4))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
