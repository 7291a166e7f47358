# printf-style formatting: conversions, flags, width, precision, '*', mappings, errors.
print("%s|%r|%a" % ("héllo", "héllo", "héllo"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d" % (42, -7, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G" % (3.14159, 2.5, 1 / 3, 2.25, 12345.678, 0.000123, 1e20, 1e-10))
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 3.14159))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("%s" % [1, 2], "%s" % (1,), "%%", "100%% sure" % ())
print("%d" % 3.99, "%s" % None, "%r" % 1.0)
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
for bad, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%y", 1), ("%(k)s", 5), ("%c", 1114112), ("%c", "ab")]:
    try:
        print(bad % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(5 % "x")
except TypeError as e:
    print(e)
