# A script of many small functions: compiling it holds more lists than the list free list
# keeps (80), so the lists start-up made before tracing began, which compiling takes first and
# frees last, go back to pymalloc; on 3.12 and 3.13 with 39 scopes only the first one the
# script takes is still untraced (Objects/listobject.c list_dealloc's free list limit).
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b
def neg(x): return -x
def absval(x): return x if x >= 0 else -x
def square(x): return x * x
def cube(x): return x * x * x
def half(x): return x / 2
def double(x): return x * 2
def inc(x): return x + 1
def dec(x): return x - 1
def sign(x): return (x > 0) - (x < 0)
def clamp01(x): return min(1, max(0, x))
def is_even(x): return x % 2 == 0
def is_odd(x): return x % 2 == 1
def first(x): return x[0]
def last(x): return x[-1]
def head(x): return x[:1]
def tail(x): return x[1:]
def swap(p): return (p[1], p[0])
def pair(a, b): return (a, b)
def ident(x): return x
def const0(): return 0
def const1(): return 1
def maxof(a, b): return a if a > b else b
def minof(a, b): return a if a < b else b
def mean2(a, b): return (a + b) / 2
def span(a, b): return abs(a - b)
def area(w, h): return w * h
def perimeter(w, h): return 2 * (w + h)
def volume(w, h, d): return w * h * d
def hyp2(a, b): return a * a + b * b
def dist1(a, b): return abs(a - b)
def lerp(a, b, t): return a + (b - a) * t
def avg3(a, b, c): return (a + b + c) / 3
def sum3(a, b, c): return a + b + c
def prod3(a, b, c): return a * b * c

results = []
pairs = []
rows = []
results.append(add(2, 3) + mul(4, 5) + square(3) + sum3(1, 2, 3))
pairs.append(swap(pair(1, 2)))
rows.append(tail([1, 2, 3]))
print(results, pairs, rows, clamp01(2), lerp(0, 10, 0.5), is_even(4), sign(-3))
