# Float results of constant operations are folded by the compiler (Python/ast_opt.c
# safe_power, fold_binop): a folded float equal to a literal in the same code is one constant.
def same_constants():
    a = 2 ** -2
    b = 0.25
    c = 10 ** -3
    d = 0.001
    e = 7.0 // 2
    f = 3.0
    g = 7.5 % -2
    h = -0.5
    i = 9 ** 0.5
    j = 3.0
    k = 1 / 4
    m = 0.25
    return [a is b, c is d, e is f, g is h, i is j, k is m, type((-2) ** 0.5).__name__]

print(same_constants())
print(2 ** -2, 10 ** -3, (-2) ** 0.5, (-8) ** (1 / 3), 2.5 ** 3.7, 7.0 // 2, 7.5 % -2, -0.0 % 5)

# int / int is correctly rounded however large the operands (long_true_divide).
print(10 ** 20 / 3, (2 ** 60 + 1) / 2 ** 7, (2 ** 80 + 3) / (2 ** 27 + 1), 3 ** 200 / 7 ** 90)
print(1 / 10 ** 320, 5 / 2 ** 1076, 2 ** 1100 // 3 ** 300 / 10 ** 20, -(10 ** 30) / 7)
big = 10 ** 40 + 1
print(big / 3, big / -3, (big * 7) / 7 == big / 1, 1 / big)
for a, b in [(2 ** 1100, 3), (0, 10 ** 30), (10 ** 30, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
zero, fzero, huge, five = 0, 0.0, 1e300, 5.0
for f in (lambda: zero ** -1, lambda: fzero ** -1, lambda: huge ** 2, lambda: five // fzero, lambda: (-8) ** (1 / 3)):
    try:
        print(f())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
