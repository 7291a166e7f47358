result = (
    1 +
    2 *
    3
)
values = [
    "a",
    "b",  # comment inside a list
    "c",
]
total = sum(
    x
    for x in range(10)
    if x % 2
)
call = dict(
    key=1,
    other=2,
)
long_condition = (values and
                  total > 3 or
                  not call)
backslash = 1 + \
    2
print(result, values, total, call, long_condition, backslash)
