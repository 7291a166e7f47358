# A point then an exponent or j with no digits between (`3.e14`, `1.j`): still one number.
print(3.e14, 1.j, 2.E-3, 1_0.e2, [1.e1], 5., 3.e+2, 1.J * 2)
print(f"{0.j}", f"{1.e3}", f"{5.}", f"{1.J!r}", f'{2.}'.join('ab'), 1..real, (1.).imag)
