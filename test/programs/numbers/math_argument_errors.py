# The math module's argument checks, per calling convention (METH_O, Argument Clinic's
# METH_FASTCALL, METH_VARARGS): counts, keywords and types, as each version words them.
import math
import sys


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, '->', type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb', 'copysign', 'cos', 'cosh', 'degrees', 'dist', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fma', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log1p', 'log10', 'log2', 'modf', 'nextafter', 'perm', 'pow', 'prod', 'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'sumprod', 'tan', 'tanh', 'trunc', 'ulp']:
    f = getattr(math, name, None)
    if f is None:
        print(name, 'missing')
        continue
    show(name + '()', f)
    show(name + '(1, 2, 3, 4)', f, 1, 2, 3, 4)
    show(name + '(x=1)', f, x=1)
    show(name + "('a')", f, 'a')
    show(name + "('a', 'b')", f, 'a', 'b')
    show(name + '(2, 3)', f, 2, 3)
    # 3.9 warns (DeprecationWarning on stderr) before taking an integral float.
    if name not in ('factorial', 'perm') or sys.version_info[:2] != (3, 9):
        show(name + '(2.5)', f, 2.5)
    show(name + '([1], [2])', f, [1], [2])
    show(name + '(None, 1)', f, None, 1)
    show(name + '(1, None)', f, 1, None)

