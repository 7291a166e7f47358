# A Rational class with normalization, reflected operators, comparisons with ints/floats, hash equality and pow.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return Rational(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Rational._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Rational._coerce(o) / self

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __pow__(self, n):
        if n >= 0:
            return Rational(self.num ** n, self.den ** n)
        return Rational(self.den ** -n, self.num ** -n)

    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __floor__(self):
        return self.num // self.den

    def __ceil__(self):
        return -(-self.num // self.den)

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        return format(str(self), spec) if not spec.endswith("f") else format(float(self), spec)

half, third = Rational(1, 2), Rational(2, -6)
print(half, third, repr(third), half + third, half - third, half * third, half / third)
print(1 + half, 1 - half, 3 * third, 2 / half, -half, abs(third), half ** 3, third ** -2)
print(half == Rational(2, 4), half == 0.5, half == 1, Rational(4, 2) == 2, half != third)
print(third < half, half <= half, half > third, half >= third, 1 > half, sorted([half, third, Rational(0), Rational(7, 3)]))
print(hash(Rational(6, 3)) == hash(2), len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}))
print(float(third), int(Rational(-7, 2)), bool(Rational(0, 5)), bool(half))
print(f"[{half:>6}] [{third:8.3f}] [{Rational(5):<4}]")
total = sum([Rational(1, n) for n in range(1, 7)], Rational(0))
print("H6 =", total, float(total))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def set_extra(r):
    r.extra = 1
for bad in (lambda: half + 0.5, lambda: "x" * half, lambda: set_extra(half)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
x = Rational(1)
for _ in range(5):
    x = 1 + 1 / x
print("continued fraction:", x, f"{x:.6f}")
import math
print(math.floor(Rational(-7, 2)), math.ceil(Rational(-7, 2)), math.floor(Rational(7, 2)), math.ceil(Rational(7, 2)), math.trunc(2.75))
try:
    math.trunc(half)
except TypeError as e:
    print("TypeError:", e)
