# format-spec parsing differs by version (Python/formatter_unicode.c): the "Invalid format
# specifier" message, 'z' (3.11), a leading 0 on str (3.8/3.9), the space message (3.9);
# complex takes thousands separators in both parts.
class F(float): pass
class C(complex): pass

cases = [
    (1, "xyz"), (1.5, "xy"), (1j, "abc"), ("s", "ss"), (F(2.5), "10.2fx"), (C(1, 2), "ff"),
    (-0.0, "z.1f"), (-0.0, "z"), (0, "z"), (1.0, "z5"), ("ab", "05"), ("ab", "<05"), ("ab", "x>05"),
    ("ab", " 5"), ("ab", "+5"), (1, "05"),
    (1234567.5 + 9876543.25j, ","), (1234567.5 - 9876543.25j, "_.2f"), (-1e7j, ",g"), (1e7 + 0j, ">30,e"),
    (C(12345, -6789), "^40,.1f"), (1234567j, "n"), (1234567j, ",n"), (C(1, 2), "q"), (F(1), "q"),
    (1 + 2j, "010"), (1 + 2j, "=10"), (1 + 2j, "+"), (1j, " "), (-1j, "+,"),
]
for v, spec in cases:
    try:
        r = format(v, spec)
    except ValueError as e:
        r = "ValueError: %s" % e
    print(repr(v), repr(spec), repr(r))
try:
    f"{1:xyz}"
except ValueError as e:
    print(e)
