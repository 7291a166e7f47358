# The numeric methods dir() lists on int and float: __round__/__trunc__/__floor__/__ceil__, round() through
# __round__, as_integer_ratio, hex/fromhex (rounding of long and subnormal hex strings), is_integer,
# conjugate, real/imag, __getnewargs__, __getformat__, and their errors.
print((3.5).__round__(), (2.5).__round__(), (2.675).__round__(2), round(2.5), round(-0.5), round(1234, -2), round(1250, -2), round(True), (7).__trunc__(), (7).__floor__(), (-7).__ceil__(), (5).__round__(), (155).__round__(-1), True.__trunc__(), type(True.__round__()))
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[1] == 2**1074)
for x in [1.5, 3.0, 0.0, -0.0, 0.1, -2.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 1e-310]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ['0x1.8p1', '0X1P-1074', '0x1p-1075', '0x1.8p-1075', '0x3p-1076', '  -0x.8p1  ', 'inf', '-Infinity', 'nan', '1', 'a.b', '0x1.fffffffffffff8p1023'[:-5]+'p1023', '0x1.ffffffffffffffp1023', '0x1p1024', '', '0x', 'x1', '0x1.p0', '0x.p0', '1p', '0x1.000000000000080p0', '0x1.000000000000081p0', '0x1.000000000000180p0']:
    try: print(repr(s), float.fromhex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
print((1.5).is_integer(), (2.0).is_integer(), float('inf').is_integer(), (1.5).conjugate(), (1.5).real, (1.5).imag, (2.0).__getnewargs__(), (7).__getnewargs__())
print(float.__getformat__('double'), float.__getformat__('float'))
for f in [lambda: float.__getformat__('x'), lambda: float.__getformat__(1), lambda: (1.5).__trunc__(), lambda: float('inf').__trunc__(), lambda: float('nan').__round__(), lambda: float('inf').__round__(), lambda: float('nan').as_integer_ratio(), lambda: float('-inf').as_integer_ratio(), lambda: float.fromhex(1), lambda: (1.0).hex(1), lambda: round('x'), lambda: (1.5).__round__(None), lambda: (1.25).__round__(1), lambda: round(1.5, None), lambda: round(x=1), lambda:round(2.5, ndigits=0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'), type(F(2.5).conjugate()).__name__, type(F(2.5).real).__name__)
class R:
    def __round__(self, n=None): return ('r', n)
print(round(R()), round(R(), 3))
