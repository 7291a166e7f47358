# The wildcard star pattern, *_, in sequence patterns.
def f(x):
    match x:
        case [*_]:
            return "seq"
        case {**rest}:
            return "map"
    return "other"
print(f([1]), f({}), f(3))
