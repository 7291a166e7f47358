# The errors of star-unpacking in calls: a ** mapping repeating a keyword, * of a
# non-iterable and ** of a non-mapping name the called function.
def describe(*args, sep=", ", **kwargs):
    return sep.join(map(str, args))


for call in [
    lambda: describe(**{"sep": "a"}, sep="b"),
    lambda: describe(**{"a": 1}, **{"a": 2}),
    lambda: describe(*5),
    lambda: describe(**[1]),
    lambda: print(*5),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
