# f-string format specs, nested widths, conversions, and the format() builtin.
x = 5; y = 3.14159; w = 8
print(f"{x:4d}|{y:.2f}|{x:{w}}|{y:>{w}.3f}|{'ab'!r:>6}|{'é'!a}|{'é'!s}")
print(format(1234567, ','), format(1234567, '_x'), format(True, '^5'), format(2.5, '%'), format('hi', '*^7'))
print(format(3, 'x'), format(-3.0, 'e'), format(255, '#b'), format(-7, '+06d'), format(0.1, '.3g'))
print(ascii('é'), ascii(['ü', 1]))
for val, spec in [(1.5, 'd'), (True, 's'), ('s', 'd'), ('s', '+'), (3, '.2d')]:
    try:
        format(val, spec)
    except ValueError as e:
        print(type(e).__name__, e)
class C:
    pass
try:
    format(C(), 'x')
except TypeError as e:
    print(e)
print(format(C(), '') == str(C()) or 'differs')
