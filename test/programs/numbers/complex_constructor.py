# complex() from numbers, pairs and strings, and its error messages.
print(complex(), complex(1), complex(1.5), complex(True), complex(1, 2), complex(1.5, -2.5), complex(imag=2))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3), complex(1, 2j), complex(real=3, imag=4))
for s in ('1+2j', '  ( 1-2j )  ', '3', '-4.5', '2j', '-j', '+j', 'j', '1e3j', '1_000+2_0j', 'inf-nanj',
          'NaN', '-infj', '.5+.5j', '1.e1j', '(3)'):
    print(repr(s), complex(s))
for bad in ('x', '1+', '1 + 2j', '(1+2j', '1+2j)', 'j1', '', '1+2jj', '1__0'):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for f in (lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(1, []),
          lambda: complex(None)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
