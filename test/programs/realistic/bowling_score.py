# Bowling score calculator with frame-by-frame running totals and validation.
class BowlingError(Exception):
    pass


def parse_rolls(line):
    rolls = []
    for ch in line.replace(" ", ""):
        if ch == "X":
            rolls.append(10)
        elif ch == "/":
            if not rolls:
                raise BowlingError("spare with no first roll")
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        elif ch.isdigit():
            rolls.append(int(ch))
        else:
            raise BowlingError(f"unknown symbol {ch!r}")
    return rolls


def frames(rolls):
    i = 0
    for frame in range(1, 11):
        if i >= len(rolls):
            raise BowlingError(f"game ends early in frame {frame}")
        if rolls[i] == 10:
            yield frame, "strike", rolls[i:i + 3]
            i += 1
        else:
            pair = rolls[i:i + 2]
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame} knocks {sum(pair)} pins")
            if sum(pair) == 10:
                yield frame, "spare", rolls[i:i + 3]
            else:
                yield frame, "open", pair
            i += 2
    extra = len(rolls) - i
    return extra


def score(line):
    totals = []
    running = 0
    gen = frames(parse_rolls(line))
    while True:
        try:
            frame, kind, counted = next(gen)
        except StopIteration as stop:
            leftover = stop.value
            break
        running += sum(counted)
        totals.append((frame, kind, running))
    return totals, leftover


GAMES = {
    "perfect": "X X X X X X X X X X X X",
    "all spares": "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5",
    "gutter": "-- " * 10,
    "typical": "X 7/ 9- X -8 8/ -6 X X X81",
    "short": "X X 5",
    "overflow": "X 99",
    "typo": "X 7/ 9? X",
}
for name, line in GAMES.items():
    try:
        totals, leftover = score(line)
    except BowlingError as e:
        print(f"{name:>10}: error: {e}")
        continue
    marks = "".join("X" if k == "strike" else "/" if k == "spare" else "." for _, k, _ in totals)
    print(f"{name:>10}: {totals[-1][2]:3d} [{marks}] bonus rolls: {leftover}")
    if name == "typical":
        for frame, kind, running in totals:
            print(f"    frame {frame:2}: {kind:<6} -> {running}")

best = max((score(l)[0][-1][2], n) for n, l in GAMES.items() if n in ("perfect", "all spares", "typical"))
print("best game:", best)
