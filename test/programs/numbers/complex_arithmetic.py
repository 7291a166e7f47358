# Arithmetic of complex with complex, int and float operands, conjugate, abs and equality.
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0, a ** -1, b ** 3)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, a * 0.5, True + a)
print(abs(a), abs(-4j), abs(0j), a.conjugate(), b.conjugate(), (1j).conjugate())
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1.5 + 0j == 1.5, 2j == 2, 0j == 0, a == 'a')
print(1j * 1j, (1 + 1j) ** 2, (2 + 0j) ** 10, 1j ** 2, 1j ** 3, (1 + 2j) / (3 - 4j), (2 + 3j) / (1 - 1j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), sum([1j, 2, 3.5, 1 - 1j]))
z = 1 + 1j
z += 1
z *= 2j
z -= 1j
z /= 2
print(z)
print(complex(1, 2) ** 0.5, 4 ** 0.5j)
# abs() is hypot() correctly rounded, as the C library computes it.
print([abs(complex(a, b)) for a, b in ((7, 0.5), (7, 1e-5), (1e-5, 1e-5), (0.5, 3), (2.5, 1), (1, 1), (3e200, 4e200), (3e-200, 4e-200))])
