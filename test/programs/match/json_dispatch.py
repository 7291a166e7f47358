# Dispatching JSON-like messages with mapping patterns: required keys, nested values,
# **rest, literal values in keys, and lookups through .get (a dict subclass's
# __missing__ is never called by a mapping pattern).
class Tracking(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return None


def dispatch(msg):
    match msg:
        case {"type": "login", "user": {"name": str(name), "roles": [*roles]}}:
            return f"login {name} roles={roles}"
        case {"type": "move", "to": [x, y], **extra} if not extra:
            return f"move to {x},{y}"
        case {"type": "move", "to": [x, y], **extra}:
            return f"move to {x},{y} with {sorted(extra)}"
        case {"type": "batch", "items": [first, *others]}:
            return f"batch of {1 + len(others)}, first {dispatch(first)}"
        case {"type": "batch"}:
            return "empty batch"
        case {"type": t, **rest}:
            return f"unhandled {t} rest={rest}"
        case {}:
            return f"no type in {msg}"
        case _:
            return f"not a mapping: {type(msg).__name__}"


messages = [
    {"type": "login", "user": {"name": "ada", "roles": ["admin", "dev"]}},
    {"type": "login", "user": {"name": 42, "roles": []}},
    {"type": "move", "to": [1, 2]},
    {"type": "move", "to": (3, 4), "speed": 9, "angle": 1},
    {"type": "batch", "items": [{"type": "move", "to": [0, 0]}, {"type": "x"}]},
    {"type": "batch", "items": []},
    {"kind": "other"},
    Tracking(type="ping", seq=1),
    Tracking(seq=2),
    [("type", "login")],
    "type",
]
for m in messages:
    print(dispatch(m))

d = {1: "int key", "1": "str key"}
match d:
    case {1.0: a, "1": b}:
        print("float key matched int key:", a, b)
match {True: "t"}:
    case {1: v}:
        print("1 finds True:", v)
