# round() rounds a float's exact decimal value, ties to even: 2.675 is 2.67499... in binary.
vals = [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, -0.4, 0.285, 1.005, 1234.5678, -1234.5678, 0.1 + 0.2, 1e-10, 5e-324, 123456789.125, 1e20 + 0.5, 2.0**52 + 0.5]
for v in vals:
    print([round(v, n) for n in (0, 1, 2, 3, 5, 10, 17, 30)], round(v), round(v, -1), round(v, -2))
