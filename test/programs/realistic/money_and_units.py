# A Money value class and a unit-aware Temperature: properties, class/static methods,
# __slots__, __repr__/__str__/__format__, __eq__/__hash__, rich comparisons with
# NotImplemented fallbacks, arithmetic with reflected operators, __bool__.

class Money:
    __slots__ = ("_cents", "currency")

    def __init__(self, amount, currency="USD"):
        self._cents = round(amount * 100)
        self.currency = currency

    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls(0, currency)
        m._cents = cents
        return m

    @staticmethod
    def parse(text):
        sym, _, num = text.partition(" ")
        return Money(float(num), sym)

    @property
    def amount(self):
        return self._cents / 100

    @amount.setter
    def amount(self, value):
        if value < 0:
            raise ValueError("negative amount: %r" % (value,))
        self._cents = round(value * 100)

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"

    def __format__(self, spec):
        if spec.endswith("c"):
            return format(self._cents, spec[:-1] + "d") + "c"
        return format(str(self), spec)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self._cents, self.currency) == (other._cents, other.currency)

    def __hash__(self):
        return hash((self._cents, self.currency))

    def __lt__(self, other):
        if not isinstance(other, Money) or other.currency != self.currency:
            return NotImplemented
        return self._cents < other._cents

    def __add__(self, other):
        if isinstance(other, Money) and other.currency == self.currency:
            return Money.from_cents(self._cents + other._cents, self.currency)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money.from_cents(round(self._cents * k), self.currency)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __bool__(self):
        return self._cents != 0


a = Money(12.5)
b = Money.parse("USD 7.25")
c = Money.from_cents(1999, "EUR")
print(repr(a), str(b), c, [a, b])
print(f"[{a:>20}] [{b:<16}|] [{c:*^20}] [{a:08c}]", format(b, ""), "{:c}".format(c))
print(a + b, sum([a, b, Money(1)]), 3 * b, b * 0.5, a == Money(12.5), a != b, a == 12.5, hash(a) == hash(Money(12.5)))
print(sorted([a, b, Money(3)]), a > b, a >= Money(12.5) if hasattr(Money, "__ge__") and Money.__ge__ is not object.__ge__ else "no ge", max(a, b))
print(bool(Money(0)), bool(a), len({a, Money(12.5), b}))
for expr in [lambda: a < c, lambda: a + c, lambda: a * "x", lambda: a <= b, lambda: "x" - a]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
try:
    a.amount = -1
except ValueError as e:
    print("ValueError:", e)
a.amount = 99.999
print(a, a.amount)
try:
    a.note = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(Money.__slots__, hasattr(a, "__dict__"), type(Money.amount).__name__, type(Money.__dict__["from_cents"]).__name__, type(Money.__dict__["parse"]).__name__)
try:
    del a.amount
except AttributeError as e:
    print("AttributeError:", e)
try:
    Money.from_cents(1).currency2
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    celsius = property(lambda self: self.kelvin - 273.15, doc="degrees Celsius")

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    def __repr__(self):
        return "Temperature(%.2f K)" % self.kelvin

    def __eq__(self, other):
        return isinstance(other, Temperature) and abs(self.kelvin - other.kelvin) < 1e-9

    __hash__ = None


t = Temperature(300)
print(t, round(t.celsius, 2), round(t.fahrenheit, 2), Temperature.celsius.fset, t == Temperature(300), t != Temperature(301))
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    {t}
except TypeError as e:
    print("TypeError:", e)
print(Temperature.__hash__, hash(Money) == hash(Money))
