# 3.10 matches a class pattern's attributes and a mapping pattern's values by index, the tuple
# kept on the stack until its last sub-pattern has run (compile.c compiler_pattern_class,
# compiler_pattern_mapping: DUP_TOP, LOAD_CONST i, BINARY_SUBSCR); 3.11 unpacks it first. Each
# version's stack size and constants show it.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def by_class(shape):
    match shape:
        case Point(Point(x=0, y=0), r):
            return r
        case Point(_, Point(a, b)):
            return a + b
    return None


def by_mapping(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return x, y, rest
        case {"type": _, "key": str(k)}:
            return k
    return None


for f in (by_class, by_mapping):
    code = f.__code__
    print(f.__name__, code.co_stacksize, [c for c in code.co_consts if isinstance(c, int)])
print(by_class(Point(Point(0, 0), 5)), by_class(Point(1, Point(2, 3))), by_mapping({"type": "click", "pos": (1, 2), "z": 0}))
