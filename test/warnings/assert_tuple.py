# An assert of a parenthesized tuple is always true: the compiler warns, unless folding
# made the tuple a constant.
x = 1
assert (x, "x should be 1")
assert (x == 1, "message"), "a real message"
assert (1, 2)
assert ()
def f(y):
    assert (y,)
    return y
print(f(0))
