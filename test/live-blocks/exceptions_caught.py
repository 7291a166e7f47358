# An exception caught by the caller: the frames its traceback held are freed with it, and
# what stays is made on the lines that made it.
def check(amount):
    if amount <= 0:
        raise ValueError("must be positive")
    return amount * 2

results = []
for value in (5, -1, 7, 0):
    try:
        results.append(check(value))
    except ValueError as err:
        results.append(str(err))
print(results)
