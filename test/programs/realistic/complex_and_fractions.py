# Complex arithmetic for an AC-circuit calculator, plus exact ratios with
# as_integer_ratio and a hand-written Fraction class using divmod and gcd.
import math

z1 = complex(3, 4)
z2 = 1 - 2j
print(z1, z2, z1 + z2, z1 - z2, z1 * z2, z1 / z2, abs(z1), z1.conjugate(), z1.real, z1.imag, -z2, +z2)
print(z1 ** 2, z2 ** -1, 1j ** 2, (1 + 1j) ** 0.5, 2 ** 1j, 0j ** 0, complex("1+2j"), complex(" -3.5j "), complex("inf-nanj"), complex(2), complex(1.5, -0.0))
print(repr(complex(0, -0.0)), repr(-0j), repr(complex(-0.0, 0)), 1j == complex(0, 1), (1 + 0j) == 1, hash(1 + 0j) == hash(1), 3 + 0j != 3.1)
print(format(z1, ""), format(z1, ".2f"), format(z2, "+.1e"), format(z1, ">20"), f"{z2:^16.3g}|", "{:g}".format(1e20 + 3j))
for bad in ["1+", "j1", "1+2i", "(1+2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)
for expr in [lambda: z1 < z2, lambda: z1 // 2, lambda: z1 % 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: int(z1), lambda: float(z1), lambda: round(z1)]:
    try:
        print(expr())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)

R, L, C, f = 50.0, 0.2, 1e-4, 60.0
w = 2 * math.pi * f
Z = complex(R, w * L - 1 / (w * C))
I = 120 / Z
print(f"Z = {Z:.3f}, |Z| = {abs(Z):.3f}, I = {I:.4f}, |I| = {abs(I):.4f}, phase = {math.degrees(math.atan2(Z.imag, Z.real)):.2f} deg")


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        g = math.gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g

    @classmethod
    def from_float(cls, x):
        return cls(*x.as_integer_ratio())

    def __add__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.num, self.den * o.den)

    def __truediv__(self, o):
        return self * Fraction(o.den, o.num)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __eq__(self, o):
        return isinstance(o, Fraction) and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        return self.num * o.den < o.num * self.den

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"

    def mixed(self):
        whole, rest = divmod(self.num, self.den)
        return f"{whole} {rest}/{self.den}" if whole and rest else repr(self)


parts = [Fraction(1, 3), Fraction(1, 6), Fraction(-3, -4), Fraction(6, -8)]
print(parts, sum(parts), sum(parts, Fraction(0)) == sum(parts), sorted(parts), max(parts), float(parts[0]), int(Fraction(7, 2)))
print(Fraction(22, 7).mixed(), Fraction(-22, 7).mixed(), Fraction.from_float(0.75), Fraction.from_float(0.1), Fraction(1, 3) / Fraction(2, 9))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.0).as_integer_ratio(), (7).as_integer_ratio() if hasattr(int, "as_integer_ratio") else (7, 1), True.as_integer_ratio() if hasattr(bool, "as_integer_ratio") else (1, 1))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((5).numerator, (5).denominator, (2.5).real, (2.5).imag, (3).conjugate(), (3).real, True + True, True * 3.0, -True, ~True if False else ~1)
print(7 .bit_length(), (-1).__abs__(), int.__add__(1, 2), float.__truediv__(1.0, 4), (10).__divmod__(3), (10).__rtruediv__(5), (2.0).__rpow__(3))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([3, 1.5, True, 2, -0.5]), 1 == 1.0 == True, 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3)
