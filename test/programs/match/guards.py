# Guards: evaluated after the captures are bound, left to right, only when the pattern
# matched; a failing guard moves on to the next case and its captures stay bound.
calls = []


def check(tag, result):
    calls.append(tag)
    return result


def classify(point):
    match point:
        case (x, y) if check("diag", x == y):
            return f"diagonal {x}"
        case (x, y) if check("pos", x > 0 and y > 0):
            return f"first quadrant {x},{y}"
        case (x, _) if x < 0:
            return "left half"
        case (0, _) | (_, 0):
            return "on an axis"
        case other if check("fallback", True):
            return f"elsewhere {other}"


for p in [(1, 1), (2, 3), (-1, 5), (0, -4), (5, -5), "no"]:
    calls.clear()
    print(p, classify(p), calls)


def bound_after_failed_guard(v):
    match v:
        case [a, b] if a > b:
            return "descending"
        case _:
            return f"not descending, a={a} b={b}"


print(bound_after_failed_guard([1, 2]))

n = 0
for value in range(6):
    match value:
        case v if (n := n + v) > 6:
            print("total passed 6 at", v, n)
            break
        case v:
            print("running", v, n)
