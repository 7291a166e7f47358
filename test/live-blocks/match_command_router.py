# requires Python 3.10+
# A command router with structural pattern matching (sequences, mappings, guards, classes):
# each class pattern past its isinstance check makes a set and a list (ceval.c match_class).
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def route(cmd):
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", *rest]:
            return f"cannot go {' '.join(rest) or 'nowhere'}"
        case ["take", item, *more] if not more:
            return f"taking {item}"
        case ["take", *items]:
            return f"taking {len(items)} things"
        case {"action": "move", "to": Point(x=0, y=0)}:
            return "moving home"
        case {"action": "move", "to": Point(x, y)} if x == y:
            return f"moving diagonally to {x}"
        case {"action": str(action), **rest}:
            return f"{action} with {sorted(rest)}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case str() as s if s.strip():
            return f"word {s!r}"
        case _:
            return "unknown"


for cmd in [["go", "north"], ["go", "up", "stairs"], ["go"], ["take", "lamp"], ["take", "a", "b"],
            {"action": "move", "to": Point(0, 0)}, {"action": "move", "to": Point(3, 3)},
            {"action": "move", "to": Point(1, 2)}, {"action": "look", "at": 1}, -4, 2.5, " hi ", "  ", None]:
    print(route(cmd))
