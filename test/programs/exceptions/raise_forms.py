# raise with a class, an instance, an invalid object; exceptions in except clauses; nested handlers.
for what in [ValueError, ValueError("inst"), KeyError]:
    try:
        raise what
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise Exception from 3
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("a")
    except 42:
        pass
except TypeError as e:
    print(e)
def classify(x):
    try:
        return 100 // x
    except ZeroDivisionError:
        return "zero"
    except TypeError:
        return "type"
for v in [5, 0, "s", None]:
    print(classify(v))
try:
    raise StopIteration
except StopIteration as e:
    print("stop", e.args, e.value)
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("name unbound after except:", ne)
