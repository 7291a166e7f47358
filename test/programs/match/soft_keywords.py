# match and case stay usable as names next to match statements; a subject may be an
# unparenthesized tuple.
match = [1, 2]
print(match[0])
def match(x):
    return x * 2
print(match(3))
case = 4
print(case)
a, b = 1, "x"
match a, b:
    case (1, "x"):
        print("tuple subject")
match (a):
    case 1:
        print("paren subject")
match {"k": [1, 2]}:
    case {"k": [*xs]}:
        print(xs)
match a, *[b]:
    case [1, "x"]:
        print("starred subject")
