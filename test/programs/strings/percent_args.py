# printf-style str % args: tuples, single values, dicts, flags, width, precision and '*'.
print("%5.1f|%-4d|%s|%r|%x|%o|%e|%g|%c|%%" % (3.14159, 7, 'x', 'y', 255, 8, 12345.678, 0.0001, 65))
print("%(a)s-%(b)05d" % {'a': 1, 'b': 2}, "%s" % 5, "%*d" % (5, 3), "%.*f" % (2, 1.2345))
print("%s" % (1,), "%s" % [1, 2], "%5s|%-5s|" % ('a', 'b'), "%+d % d %#x %#o %.3s" % (3, 4, 255, 8, 'abcdef'))
print("%i %d %X %a" % (3.9, True, 3054, 'é'))
for fmt, args in [("%d %d", (1, 2, 3)), ("%d", 'a'), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
rows = [("apple", 3, 0.5), ("kiwi", 12, 1.25)]
for name, n, price in rows:
    print("%-8s %3d %6.2f" % (name, n, price))
