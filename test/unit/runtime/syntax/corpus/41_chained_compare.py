def classify(n):
    if n < 0:
        return "negative"
    elif 0 <= n < 10:
        return "small"
    elif 10 <= n < 100 != n:
        return "medium"
    return "large"

a, b, c = 1, 2, 3
print(a < b < c, a == b or b != c, a is not None, b in [1, 2] and c not in (4,), not a is b)
print([classify(v) for v in (-1, 5, 50, 500)], 1 < 2 > 0 <= 0 >= 0 == 0)
