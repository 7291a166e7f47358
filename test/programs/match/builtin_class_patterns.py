# Class patterns on builtin types: int(x), str(s) and the others bind the subject itself;
# bool is an int and matches int(i) as itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i} ({type(i).__name__})"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([x, *_]) | tuple((x, *_)):
            return f"{type(v).__name__} starting {x}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
        case bytearray(ba):
            return f"bytearray {bytes(ba)!r}"
        case list() | tuple() | dict():
            return f"empty {type(v).__name__}"
    return "other"


for v in [True, 0, -4, 7, 2.5, "hi", b"by", [1, 2], (3,), {"k": 1},
          {1, 2}, frozenset(), bytearray(b"z"), [], {}, None]:
    print(repr(v), "->", kind(v))

match 3:
    case int(real=r, imag=i):
        print("keyword attributes of an int:", r, i)
match 1 + 2j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)
