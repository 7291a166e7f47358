def f(x):
    try:
        return 10 // x
    finally:
        print("fin")


def g(x):
    try:
        if x:
            raise KeyError(x)
        y = 1
    except KeyError as e:
        y = 2
    except ValueError:
        y = 3
    else:
        y = 4
    finally:
        z = 5
    return y


for i in range(3):
    f(i + 1)
    g(i)
try:
    f(0)
except ZeroDivisionError:
    pass


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def leave_with(x):
    with Managed():
        if x:
            return 1
        y = 2
    return y


for i in range(2):
    leave_with(i)
