# A bare raise re-raises the exception being handled; outside a handler it is a RuntimeError.
def check(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        print("logging and re-raising")
        raise

try:
    check(0)
except ZeroDivisionError as e:
    print("caught again:", e)
print(check(5))

def handled_then_raise():
    try:
        raise ValueError("first")
    except ValueError:
        pass
    raise

try:
    handled_then_raise()
except RuntimeError as e:
    print(e)
raise
