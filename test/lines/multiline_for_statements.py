# for statements whose iterable or target sits on another line than the `for`: 3.13 gives the
# iteration (GET_ITER, FOR_ITER, the loop's end) the iterable's location, the target its own line.
total = 0
for a in (
    range(3)
):
    total += a
for (
    b
) in [1, 2]:
    total += b
for c, d in zip(
        "xy",
        range(2)):
    total += d
def nested(rows):
    out = []
    for row in (
            rows):
        for x in row: out.append(x)
    return out
print(total, nested([[1, 2], [3]]))
for e in [
    1,
    2,
]: total += e
print(total)
