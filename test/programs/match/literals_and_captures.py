# A match statement over literals and captures; before 3.10 the file is a SyntaxError.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case None:
            return "nothing"
        case n:
            return f"other {n}"

for v in (0, 1, 2, None, 7):
    print(describe(v))
