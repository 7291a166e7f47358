# repr and str of complex numbers: parentheses only with a real part, signed zeros, inf and nan.
inf = float('inf')
nan = float('nan')
values = [1j, 2j, 0j, -0j, 1 + 2j, 1 - 2j, -1j, complex(-0.0, -1), complex(0, -0.0), complex(-0.0, 0.0),
          complex(1.5, 0), 1e20j, 1e16 + 1e-5j, 0.1 + 0.2j, complex(inf, nan), complex(0, inf), complex(-inf, -inf),
          complex(nan, 1), complex(1, nan), 1j * 1j, 3.14159j, complex(123456789012345678, 1)]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
print(type(1j).__name__, isinstance(1j, complex), isinstance(1, complex), [1j, (1+1j)], (2j,))
