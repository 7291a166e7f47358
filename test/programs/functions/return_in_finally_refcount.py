# A return in a finally block drops the value the try block was returning: its count
# is back where it was, whether the function is called by Python code or by a builtin.
import sys

token = object()


def overridden(_=None):
    try:
        return token
    finally:
        return 2


before = sys.getrefcount(token)
for _ in range(5):
    overridden()
print(sys.getrefcount(token) - before)
print(list(map(overridden, range(3))))
print(sorted([3, 1, 2], key=overridden))
print(sys.getrefcount(token) - before)


def loop_return():
    for item in [token, token]:
        try:
            return item
        finally:
            return None


for _ in range(4):
    loop_return()
print(sys.getrefcount(token) - before)
