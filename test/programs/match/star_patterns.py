# Sequence patterns with a star: at the front, middle and end, wildcard stars, and
# what counts as a sequence (lists, tuples, ranges; not str, bytes, bytearray or dict).
def parts(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"one {only!r}"
        case [first, *_, last] if first == last:
            return f"same ends {first!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"


for s in [[], [1], (1, 2), [1, 2, 1], (1, 2, 3, 4), range(5), range(0), "abc", b"ab", bytearray(b"x"), {1: 2}, {1, 2}]:
    try:
        print(type(s).__name__, parts(s))
    except Exception as e:
        print(type(s).__name__, "error", e)


def tails(seq):
    match seq:
        case [*init, 0]:
            return f"ends in zero after {init}"
        case [0, *rest]:
            return f"starts with zero then {rest}"
        case [*_, x, y]:
            return f"last two {x} {y}"
        case [*everything]:
            return f"all {everything}"


for s in [[3, 2, 0], (0, 9, 8), [5, 6, 7], [4], []]:
    print(tails(s))

match (1, (2, [3, 4, 5]), 6):
    case (a, (b, [c, *d]), e):
        print(a, b, c, d, e, type(d).__name__)

match [1, 2, 3]:
    case [*_]:
        print("any sequence")

match range(10):
    case [0, 1, *_, 8, 9]:
        print("range ends match")
