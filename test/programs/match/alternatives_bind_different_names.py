# Every alternative of an or-pattern must bind the same names: CPython's compiler refuses
# `[x, 0] | [0, y]` before running anything (3.8/3.9 already stop at the match statement).
print("never printed")


def first_nonzero(pair):
    match pair:
        case [x, 0] | [0, y]:
            return "one zero"
        case [a, b]:
            return a or b


print(first_nonzero([0, 3]))
