import re

TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?)
  | (?P<op>[-+*/()])
  | (?P<ws>\s+)
""", re.VERBOSE)

def tokens(expr):
    pos = 0
    while pos < len(expr):
        m = TOKEN_RE.match(expr, pos)
        if not m:
            raise SyntaxError(f"bad char {expr[pos]!r} at {pos}")
        pos = m.end()
        kind = m.lastgroup
        if kind != "ws":
            yield kind, m.group()

def evaluate(expr):
    toks = list(tokens(expr))
    def parse_expr(i):
        value, i = parse_term(i)
        while i < len(toks) and toks[i][1] in "+-":
            op = toks[i][1]
            rhs, i = parse_term(i + 1)
            value = value + rhs if op == "+" else value - rhs
        return value, i
    def parse_term(i):
        value, i = parse_atom(i)
        while i < len(toks) and toks[i][1] in "*/":
            op = toks[i][1]
            rhs, i = parse_atom(i + 1)
            value = value * rhs if op == "*" else value / rhs
        return value, i
    def parse_atom(i):
        kind, text = toks[i]
        if text == "(":
            value, i = parse_expr(i + 1)
            return value, i + 1
        return float(text), i + 1
    return parse_expr(0)[0]

print(evaluate("2 * (3 + 4) - 5 / 2"))
