# Polynomials as coefficient lists: add, multiply, evaluate (Horner), derivative, pretty print.
def add(p, q):
    n = max(len(p), len(q))
    return [(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)]

def mul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return out

def evaluate(p, x):
    acc = 0
    for c in reversed(p):
        acc = acc * x + c
    return acc

def derivative(p):
    return [i * c for i, c in enumerate(p)][1:]

def show(p):
    terms = []
    for i in range(len(p) - 1, -1, -1):
        c = p[i]
        if c == 0:
            continue
        coef = "" if abs(c) == 1 and i else str(abs(c))
        var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
        terms.append(("-" if c < 0 else "+") + " " + coef + var)
    s = " ".join(terms)
    return s[2:] if s.startswith("+") else s

p = [1, -3, 0, 2]
q = [-1, 1]
print(show(p), "|", show(q))
print(show(add(p, q)), "|", show(mul(p, q)))
print([evaluate(p, x) for x in range(-2, 3)], evaluate(p, 0.5))
print(show(derivative(p)), show(derivative(derivative(p))))
print(show(mul([1, 1], mul([1, 1], [1, 1]))))
