# The errors of complex arithmetic: division by zero, zero to a negative power, overflow,
# ordering, and the operations complex does not have (messages differ in 3.8-3.9).
cases = [lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 1.0 / (0 + 0j), lambda: (1 + 1j) / 0.0,
         lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** -2.5, lambda: (1e300 + 1j) ** 2,
         lambda: abs(complex(1e308, 1e308)), lambda: 1j < 2j, lambda: 1j > 1, lambda: 1j // 1,
         lambda: 1j % 1, lambda: divmod(1j, 1), lambda: int(1j), lambda: float(1j), lambda: 1j + 'a',
         lambda: 'a' * 1j, lambda: round(1j), lambda: 1j ** 'x', lambda: complex(2 ** 2000)]
for f in cases:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(0j ** 0, 0j ** 2, (0 + 0j) ** 1.5)
