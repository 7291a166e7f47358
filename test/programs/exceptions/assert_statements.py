# assert with and without a message; an uncaught AssertionError with a message.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
assert isinstance([], list)
assert len("abc") == 4, "length mismatch"
