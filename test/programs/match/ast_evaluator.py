# An expression evaluator over small AST classes with dataclass-like __match_args__:
# class patterns (positional and keyword), nested patterns, guards and a fallback error.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case Neg(Neg(inner)):
            return evaluate(inner, env)
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case BinOp(op="-", left=l, right=r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Num(v)):
            return Num(-v)
        case other:
            return other


env = {"x": 5, "y": -2}
trees = [
    Num(3),
    BinOp("+", Num(1), BinOp("*", Var("x"), Num(4))),
    Neg(Neg(Var("y"))),
    BinOp("-", Var("x"), Neg(Num(7))),
    BinOp("*", Var("missing"), Num(0)),
    BinOp("+", Num(0), BinOp("*", Num(1), Var("x"))),
    BinOp("/", Num(1), Num(2)),
    Var("z"),
    "text",
]
for t in trees:
    try:
        print(show(t) if not isinstance(t, str) else t, "=", evaluate(t, env))
    except (NameError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
    s = simplify(t)
    if not isinstance(s, str):
        print("  simplified:", show(s))
