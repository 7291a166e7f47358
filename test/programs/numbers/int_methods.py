# int's methods and attributes, on ints of every size and on bools.
for v in [0, 1, -1, 255, 256, -256, 2**30, 2**63 - 1, -(2**100), 10**50]:
    print(v.bit_length(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print(True.bit_length(), type(True.real).__name__, type(True.conjugate()).__name__)
print((7).as_integer_ratio(), (-12).as_integer_ratio())
try:
    print((2**64 + 7).bit_count(), (-7).bit_count())
except AttributeError as e:
    print("AttributeError:", e)
try:
    print((5).is_integer())
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError:", e)
print(int.bit_length(1023), (1023).__index__())
