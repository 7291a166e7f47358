# An event dispatcher written with match (3.10+; on 3.8 and 3.9 the file is a SyntaxError,
# as CPython reports too): class patterns with positional __match_args__, mapping patterns
# with **rest, sequence patterns with star, guards, or-patterns, as-captures and literals.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


def area(shape):
    match shape:
        case Circle(_, 0):
            return "degenerate circle"
        case Circle(Point(x=0, y=0), r):
            return f"origin circle area {3.14159 * r * r:.2f}"
        case Circle(center=c, radius=r) if r > 10:
            return f"big circle at {c}"
        case Circle(c, r):
            return f"circle r={r} at {c!r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}x{h}"
        case Rect(corner=Point(x, y) as corner, w=w, h=h):
            return f"rect {w}x{h} from {corner} (x={x})"
        case _:
            return f"unknown {type(shape).__name__}"


for s in [Circle(Point(1, 1), 0), Circle(Point(0, 0), 2), Circle(Point(5, 5), 11), Circle(Point(2, 3), 4), Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 5), "text"]:
    print(area(s))


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": "q" | "Q" as k}:
            return f"quit via {k}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d:+}"
        case {"type": t}:
            return f"unhandled {t}"
        case [("move" | "jump") as verb, *coords] if coords:
            return f"{verb} through {coords}"
        case ["say", str() as text, *_]:
            return f"says {text}"
        case [first, *_, last]:
            return f"sequence {first}..{last}"
        case []:
            return "empty"
        case None | True | False:
            return f"singleton {event}"
        case 0 | 1 | 2:
            return f"small int {event}"
        case int(n) | float(n):
            return f"number {n}"
        case str() if event.isdigit():
            return "digit string"
        case _:
            return "???"


events = [
    {"type": "click", "pos": (3, 4), "button": 1, "mods": []},
    {"type": "click", "pos": [1, 2]},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "shift"},
    {"type": "scroll", "delta": -2.5},
    {"type": "resize"},
    ["move", 1, 2, 3],
    ("jump",),
    ["say", "hello", "world"],
    [1, 2, 3, 4],
    [],
    None,
    True,
    1,
    2.0,
    7,
    "123",
    "abc",
    "ab",
]
for e in events:
    print(repr(e)[:30], "->", handle(e))

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Rect(Point(0, 0), 1, 1):
        case Rect(1):
            pass
except TypeError as e:
    print("TypeError:", e)
