# Or-patterns and as-patterns: alternatives that bind the same names in different
# orders, as-captures around groups and sequences, and nested alternatives.
def pair(v):
    match v:
        case (a, int(b)) | (int(b), a):
            return f"a={a!r} b={b!r}"
        case _:
            return "no int"


print(pair(("x", 1)))
print(pair((2, "y")))
print(pair((3, 4)))
print(pair(("p", "q")))


def shape(v):
    match v:
        case ("circle" | "disc") as kind, (int() | float()) as r:
            return f"{kind} r={r}"
        case [("square" | "rect") as kind, *dims] as whole if len(dims) in (1, 2):
            return f"{kind} dims={dims} whole={whole}"
        case [[x, y] as first, [_, _] as second] | [(x, y) as first, second]:
            return f"first={first} x={x} y={y} second={second}"
        case (1 | 2 | 3) | (4 | 5) as n:
            return f"small {n}"
        case str() | bytes() as s:
            return f"text {s!r}"
    return "unknown"


for v in [("circle", 2), ["disc", 1.5], ["square", 3], ("rect", 2, 4), ("rect", 1, 2, 3),
          [[1, 2], [3, 4]], [(5, 6), "tail"], 3, 5, "s", b"b", None]:
    print(v, "->", shape(v))

for x in [0, 1, -1, 2, None, False, True, 0.0]:
    match x:
        case None | False:
            print(repr(x), "is None or False")
        case 0 | 1 as bit:
            print(repr(x), "is a bit", repr(bit))
        case y:
            print(repr(x), "something else", y)
