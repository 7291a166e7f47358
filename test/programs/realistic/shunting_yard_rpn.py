# A tokenizer + shunting-yard conversion to RPN with unary minus, right-associative power, functions and variables.
import math

OPS = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (4, "R"), "neg": (3, "R")}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}

def tokenize(src):
    """Scan with a cursor object: each branch consumes a run of characters of one class."""
    class Cursor:
        def __init__(self, text):
            self.text, self.at = text, 0
        def peek(self, k=0):
            return self.text[self.at + k] if self.at + k < len(self.text) else ""
        def run(self, ok):
            begin = self.at
            while self.peek() and ok(self.peek()):
                self.at += 1
            return self.text[begin:self.at]
    cur, tokens = Cursor(src), []
    while cur.peek():
        c = cur.peek()
        if c.isspace():
            cur.run(str.isspace)
        elif c.isdigit() or (c == "." and cur.peek(1).isdigit()):
            text = cur.run(lambda ch: ch.isdigit() or ch == ".")
            tokens.append(("num", float(text) if "." in text else int(text)))
        elif c.isalpha() or c == "_":
            tokens.append(("name", cur.run(lambda ch: ch.isalnum() or ch == "_")))
        elif c in "+-*/%^(),":
            tokens.append(("op", c))
            cur.at += 1
        else:
            raise SyntaxError(f"bad character {c!r} at column {cur.at}")
    return tokens

def to_rpn(tokens):
    out, stack, prev = [], [], None
    for kind, val in tokens:
        if kind == "num":
            out.append(val)
        elif kind == "name":
            (stack if val in FUNCS else out).append(("fn", val) if val in FUNCS else ("var", val))
        elif val == ",":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
        elif val == "(":
            stack.append("(")
        elif val == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
            if stack and isinstance(stack[-1], tuple):
                out.append(stack.pop())
        else:
            op = "neg" if val == "-" and (prev is None or prev in ("op", "(")) else val
            prec, assoc = OPS[op]
            while stack and stack[-1] in OPS:
                top_prec = OPS[stack[-1]][0]
                if top_prec > prec or (top_prec == prec and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(op)
        prev = "(" if val in ("(", ",") and kind == "op" else kind if kind != "op" or val == ")" else "op"
        if kind == "op" and val == ")":
            prev = "num"
    while stack:
        top = stack.pop()
        if top == "(":
            raise SyntaxError("unbalanced '('")
        out.append(top)
    return out

def evaluate(rpn, env):
    st = []
    for item in rpn:
        if isinstance(item, (int, float)):
            st.append(item)
        elif isinstance(item, tuple):
            kind, name = item
            if kind == "var":
                st.append(env[name])
            else:
                n = 1 if name in ("sqrt", "abs") else 2
                args = st[-n:]
                del st[-n:]
                st.append(FUNCS[name](*args))
        elif item == "neg":
            st.append(-st.pop())
        else:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "%": a % b if b else None,
                       "/": a / b if b else None, "^": a ** b if b < 64 else None}[item])
            if st[-1] is None:
                raise ZeroDivisionError(f"{a} {item} {b}")
    return st.pop()

env = {"x": 3, "y": 4, "big": 10**20}
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "sqrt(x*x + y*y)", "max(x, y) - min(x, -y)",
             "7 % 3 + 7 / 2", "big * big - 1", "abs(-x) * -(y - 10)", "1.5 * .5", "10 / (x - 3)", "(1 + 2",
             "1 + 2)", "2 $ 3", "q + 1"]:
    try:
        rpn = to_rpn(tokenize(expr))
        shown = " ".join(str(t[1]) if isinstance(t, tuple) else str(t) for t in rpn)
        print(f"{expr:26} => {shown:32} = {evaluate(rpn, env)!r}")
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{expr:26} !! {type(e).__name__}: {e}")
