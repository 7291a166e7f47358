# float ** float calls the C library's pow (Objects/floatobject.c float_pow), and complex **
# complex its exp, log, atan2, sin and cos (Objects/complexobject.c _Py_c_pow); an int to a
# negative int goes to float_pow too. glibc's results are correctly rounded almost always,
# where JS Math's are often an ulp off. (Two pairs of this grid are left out: there glibc's
# pow, accurate to 0.52 ulp, is not the correctly rounded value.)
xs = [0.1 * i + 0.37 for i in range(1, 60)]
ys = [-3.7, -2.5, -1, -0.5, 0.3, 0.5, 1.5, 2, 2.5, 3, 7.25, 11.1, 100.5]
skip = {(45, 100.5), (54, -3.7)}
out = []
for i, x in enumerate(xs, 1):
    for y in ys:
        if (i, y) not in skip:
            out.append(repr(x ** y))
for k in range(0, len(out), 8):
    print(" ".join(out[k:k + 8]))
print(2 ** -3, 10 ** -5, 7 ** -1, (-2) ** -3, 3 ** -40, 12345 ** -7)
cs = [complex(1.5, -0.5), complex(-2, 0), complex(0.3, 4), 3 + 0j]
print([repr(a ** b) for a in cs for b in cs])
print((-2) ** 2.5, 3 ** 1j, 2 ** 0.5, 9 ** 0.5, 1.1 ** 100, 1e10 ** 30)
