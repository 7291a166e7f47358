# Classes derived from int: arithmetic gives plain ints, instances carry a __dict__, and a
# __new__ of their own reaches int.__new__ through super().
class Color(int):
    def __repr__(self):
        return f"Color({int(self)})"

c = Color(5)
print(c, repr(c), c + 1, type(c + 1).__name__, c * 2, isinstance(c, int), c == 5, hash(c) == hash(5))
c.name = 'red'
print(c.name, c.__dict__, Color(9) is Color(9), [Color(1)] * 2)
print(sorted([Color(3), Color(1)]), Color(7) // 2, -Color(3), abs(Color(-3)), bool(Color(0)))
print(Color('12'), Color(3.7), Color('ff', 16), format(Color(255), 'x'), str(Color(3)), f"{Color(4)}")

class Flag(int):
    __slots__ = ()
    def __new__(cls, value, label=''):
        self = super().__new__(cls, value)
        return self
    def describe(self):
        return f"Flag {int(self)}"

f = Flag(7, 'seven')
print(f, f.describe(), f + f, f & 3, f << 2, type(f).__mro__)
print(int.__new__(Color, 9), type(int.__new__(Color, 9)).__name__)
try:
    f.label = 'x'
except AttributeError as e:
    print('AttributeError', e)
for bad in (lambda: int.__new__(str, 1), lambda: int.__new__(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

class Big(int):
    pass
b = Big(2 ** 100)
print(b, b % 7, b.bit_length(), Big(-5).to_bytes(2, 'big', signed=True), int(b) == 2 ** 100)
