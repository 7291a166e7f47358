# Fractions-like Money class: arithmetic with reflected and in-place operators, comparisons, total ordering by hand and hashing
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __iadd__(self, other):
        self.cents += other.cents
        return self
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
a, b = Money(250), Money(199)
print(a + b, a - b, a * 3, 2 * b, -a, sum([a, b, Money(1)]), 5 + a)
w = a
w += b
print(w, a, w is a)
print(a == Money(449), a != b, b < a, a <= a, a > b, b >= a, sorted([a, b, Money(5)]))
print(len({Money(1), Money(1), Money(2)}), max(Money(3), Money(9)))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
