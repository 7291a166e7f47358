# String patterns: adjacent literals are joined (str and bytes), raw strings, and a
# joined literal as a mapping key.
def f(x):
    match x:
        case "a" "b" | b"x" b"y":
            return 1
        case ("c" "d") as cd:
            return 2
        case "e" | r"\\n":
            return 3
        case {"k" "ey": 1}:
            return 4
    return 0
print(f("ab"), f(b"xy"), f("cd"), f("e"), f("\\n"), f("q"), f({"key": 1}))
