# The math module's values, bit for bit: the C library's functions (glibc's exp, log, pow, sin,
# cos, atan, asin, acos correctly rounded; cbrt, cosh, sinh, asinh, acosh, log10 as glibc computes
# them, erf/erfc in glibc's evaluation order), CPython's own gamma/lgamma/remainder/vector_norm/fsum,
# and exact integer functions. Not here: exp2 (glibc's is not correctly rounded; the model's is).
import math
import sys

INF = float('inf')
NAN = float('nan')
xs = [-0.17945568941357593, -179.87895509318298, 1.543302597848224, 199.08286236971495, -0.08749658428487735, -11.428247298077416, 0.01161043379309223, 1135.3353002335443, 0.02548023762212763, 18.96495765124735, 28.752068754353388, 772.0268554942597, -0.02254898888231063, 157.68670287929777, -0.10150426471845926, -104.71035796341211, -0.11012751653333755, 243.02557945758352, -0.0001625381728806, 0.00014994533311674, 2.8263330846464187, 20.637521671790022, 163.44295424377623, 6.8211812281763695, 0.2108048185083069, -1583.5184457114524, -0.08057368336869289, -0.00787325062155346, -14.284029280868921, -986.992972788891, 0.02167411171040628, -0.10091194544200843, 0.00048612582772552, -0.02974098806089027, -0.03711718751263567, -0.00089828707746216, -1.8261192976083247, -1564.2904626559205, 610.2268366646397, 14.219131527243523, 98.32034992582237, -0.00179438527631482, -1.1917536868526908, -2.185397316610531, 163.88476344696602, -0.16878817279183977, 0.01705902206388069, 0.00916080258863632, -0.00010803103139425, 47.31518134886081, 0.00261679122185998, -0.00022886963533067, 0.01064160224261901, 0.00244002908326622, 0.02678700261003087, -0.01582487293121972, -0.02027786400014686, 7.067224280967e-05, 0.00572310720739934, -2.9972137157828618, -0.00028264816768953, -0.23772089644365507, 0.04749735835726008, -234.14736153969073, -1118.0257526320117, 0.08058026629292919, -598.7790411861145, 0.02182313356627025, 0.02294313991493286, -0.11301051200374981, 15.157665690523032, -2.680294951813e-05, -0.00022844996749455, 163.69629452946805, 9.514571864762e-05, -1714.908796168238, 3.273053838198e-05, -4.106053263526e-05, 0.05886104732696484, 0.0099660760461127, -0.00164941180030388, 195.91024426565122, -0.02594928102622803, -19.502767760178422, -1.1553238951900286, -0.29933713612211754, 199.52586948694142, 26.66067458328815, -0.00203991320562575, -228.45279709955565, 0.0082002103128721, 3.163141184025e-05, -267.37225654883747, 2.3602918547192395, -16.145366675719217, 0.00260446110494489, -0.00172585198716947, -0.41170839506256307, -0.00395776902488016, 0.00015827916665792, 0.00858846958468673, -73.29440324589297, -0.00325918768070003, 0.19779150923209177, 0.31207555169757484, 2.3934637076453322, 548.6873100780069, 82.47415920219856, -0.6111932354766871, -0.10906387343395603, -15.717681874625345, -1638.5821660828096, 0.4381616551549854, 0.2760228023323343, -1.898857513776e-05, -0.1486719427380785, -0.01422843825211044, 0.9143656484627147]
specials = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 27.0, 64.0, 1e-310, 5e-324, -5e-324, 1e+308, -1e+308, 709.78, 710.0, -745.2, 1e-20, 0.1, 0.7, 0.99999, 1.00001, 3.0, 10.0, 1e+16, 1.152921504606847e+18] + [INF, -INF, NAN]


def show(label, f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)


unary = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'tan',
         'exp', 'expm1', 'fabs', 'floor', 'gamma', 'isfinite', 'isinf', 'isnan', 'lgamma', 'log', 'log10',
         'log1p', 'log2', 'radians', 'sin', 'sinh', 'sqrt', 'tanh', 'trunc', 'frexp', 'modf', 'ulp']
for name in unary:
    f = getattr(math, name, None)
    if f is None:
        print(name, 'missing')
        continue
    for x in xs + specials:
        show(name + '(' + repr(x) + ')', f, x)


pairs = [(a, b) for a in xs[:14] + specials[:12] + [INF, -INF, NAN] for b in xs[14:22] + [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 3.0, -3.0, INF, -INF, NAN]]
for name in ['pow', 'atan2', 'fmod', 'remainder', 'copysign', 'hypot', 'log']:
    f = getattr(math, name)
    for a, b in pairs:
        show(name + repr((a, b)), f, a, b)
for a, b in pairs[::7]:
    show('isclose' + repr((a, b)), math.isclose, a, b)
    show('isclose tol' + repr((a, b)), lambda: math.isclose(a, b, rel_tol=0.25, abs_tol=0.5))
    show('dist' + repr((a, b)), math.dist, (a, b, 1.5), (b, a, -2.0))
    show('hypot3' + repr((a, b)), math.hypot, a, b, a * 0.5)
    if hasattr(math, 'nextafter'):
        show('nextafter' + repr((a, b)), math.nextafter, a, b)
    if hasattr(math, 'fma'):
        show('fma' + repr((a, b)), math.fma, a, b, a - b)
for e in [-1080, -1074, -1060, -1022, -1, 0, 1, 52, 1023, 1024, 2000, 10 ** 30, -10 ** 30]:
    for m in [0.5, 0.75, -1.0000000000000002, 1.9999999999999998, 5e-324, 0.0, INF]:
        show('ldexp' + repr((m, e)), math.ldexp, m, e)
big = [2 ** 1000, 3 ** 700, 10 ** 400 + 1, 2 ** 1024 - 1, 2 ** 53 + 1, 7 ** 30, -(2 ** 1100)]
for n in big:
    for name in ['log', 'log2', 'log10', 'sqrt', 'exp', 'fabs', 'floor', 'isqrt']:
        show(name + '(big)', getattr(math, name), n)
    show('log(big, 3)', math.log, n, 3)
    show('log(big, 2 ** 900)', math.log, n, 2 ** 900)
show('log(1, 1)', math.log, 1, 1)
show('log(10, 1.0)', math.log, 10, 1.0)
for n in [0, 1, 2, 5, 20, 21, 30, 100, 170, 171]:
    show('factorial(%d) %% 1000003' % n, lambda: math.factorial(n) % 1000003)
    show('isqrt(%d ** 7)' % n, math.isqrt, n ** 7)
    for k in [0, 1, 3, 10, n, n + 1]:
        show('comb(%d, %d)' % (n, k), math.comb, n, k)
        show('perm(%d, %d)' % (n, k), math.perm, n, k)
show('comb(10 ** 4, 5000) bits', lambda: math.comb(10 ** 4, 5000).bit_length())
show('factorial(3000) bits', lambda: math.factorial(3000).bit_length())
show('isqrt(10 ** 300)', math.isqrt, 10 ** 300)
show('perm(-1, 2)', math.perm, -1, 2)
show('comb(3, -2)', math.comb, 3, -2)
show('factorial(-3)', math.factorial, -3)
show('gcd(2 ** 200, 6 ** 90)', math.gcd, 2 ** 200, 6 ** 90)
show('gcd(-12, 18)', math.gcd, -12, 18)
if sys.version_info >= (3, 9):
    show('gcd(12, 18, 27)', math.gcd, 12, 18, 27)
    show('lcm(4, 6, 10)', math.lcm, 4, 6, 10)
    show('lcm(-4, 6)', math.lcm, -4, 6)
    show('lcm(0, 5)', math.lcm, 0, 5)
    show('lcm()', math.lcm)
    show('gcd()', math.gcd)
    show('ulp(max)', math.ulp, sys.float_info.max)
if sys.version_info >= (3, 12):
    show('nextafter steps', lambda: math.nextafter(1.0, 2.0, steps=5))
    show('nextafter steps past', lambda: math.nextafter(1.0, 1.0000000000000004, steps=50))
    show('sumprod floats', math.sumprod, [0.1, 0.2, 0.3], [0.3, 0.2, 0.1])
    show('sumprod mixed', math.sumprod, [1, 2, 0.5, 3], [4, 5, 6, 7])
    show('sumprod ints', math.sumprod, [10 ** 20, 3], [10 ** 20, -4])
    show('sumprod unequal', math.sumprod, [1, 2], [3])
    show('sumprod cancel', math.sumprod, [1e16, 1.0, -1e16], [1.0, 1.0, 1.0])
sums = [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308, -1e308], [INF, 1.0], [INF, -INF], [NAN, 1.0], [2.0 ** 53, 1.0, 1.0], [], xs]
for s in sums:
    show('fsum', math.fsum, s)
    show('prod', math.prod, s[:6])
show('prod start', lambda: math.prod([2, 3], start=0.5))
show('prod ints', math.prod, range(1, 25))
show('floor(2 ** 70 + 0.5)', math.floor, 2.0 ** 70 + 0.5)
show('ceil(-0.5)', math.ceil, -0.5)
show('trunc(-2.5)', math.trunc, -2.5)
show('floor(nan)', math.floor, NAN)
show('ceil(inf)', math.ceil, INF)
show('constants', lambda: (math.pi, math.e, math.tau, math.inf, -math.inf))

