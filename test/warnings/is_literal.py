# `is` and `is not` with a literal (a constant after folding): a SyntaxWarning from the
# compiler, which 3.12+ word with the literal's type.
x = 5
print(x is 1, x is not "a", x is (), x is (1, 2), x is -1, x is b"", x is 1.5, x is 2j, x is 3 + 4)
print(x is None, x is True, x is ..., x is [], x is (x,), x is f"{x}")
print(1 is x, "s" is not x, x is x is 1, x == 1 is x)
if x is 0:
    print("zero")
while x is not 5:
    x = 5
def check(v):
    return v is "text"
print(check("text"), [y is 7 for y in range(2)])
