# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables.

class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return "Token(%s, %r, %d)" % (self.kind, self.text, self.pos)

class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("NUM", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i)); i += 2
        elif ch in "+-*/%()=,":
            tokens.append(Token("OP", ch, i)); i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("EOF", "", len(src)))
    return tokens

FUNCS = {"max": max, "min": min, "abs": abs, "round": round}

class Parser:
    def __init__(self, src, env):
        self.tokens = tokenize(src)
        self.i = 0
        self.env = env

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            want = text or kind
            raise ParseError(f"expected {want!r}, got {t.text or 'end'!r}", t.pos)
        self.i += 1
        return t

    def statement(self):
        if self.tok.kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.eat("NAME").text
            self.eat("OP", "=")
            value = self.expr()
            self.env[name] = value
            result = (name, value)
        else:
            result = (None, self.expr())
        self.eat("EOF")
        return result

    def expr(self):
        value = self.term()
        while self.tok.text in ("+", "-"):
            op = self.eat("OP").text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.tok.text in ("*", "/", "%"):
            op = self.eat("OP").text
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.tok.text in ("+", "-"):
            op = self.eat("OP").text
            v = self.factor()
            return -v if op == "-" else +v
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.text == "**":
            self.eat("OP")
            return base ** self.factor()
        return base

    def atom(self):
        t = self.tok
        if t.kind == "NUM":
            self.i += 1
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "NAME":
            self.i += 1
            if self.tok.text == "(":
                self.eat("OP", "(")
                args = [self.expr()]
                while self.tok.text == ",":
                    self.eat("OP", ",")
                    args.append(self.expr())
                self.eat("OP", ")")
                try:
                    fn = FUNCS[t.text]
                except KeyError:
                    raise ParseError(f"unknown function {t.text}", t.pos) from None
                return fn(*args)
            if t.text not in self.env:
                raise ParseError(f"undefined name {t.text!r}", t.pos)
            return self.env[t.text]
        if t.text == "(":
            self.eat("OP", "(")
            v = self.expr()
            self.eat("OP", ")")
            return v
        raise ParseError(f"unexpected {t.text or 'end'!r}", t.pos)

print(tokenize("x = 3.5 * (y + 2)"))
env = {}
lines = [
    "x = 2 + 3 * 4",
    "y = (x - 4) ** 2 / 5",
    "-2 ** 2",
    "2 ** -1",
    "z = max(x, y, 7) % 4",
    "round(y / 3, 2) + abs(-x)",
    "10 / 4 - 7 // 2",
    "x * (y",
    "q + 1",
    "foo(1)",
    "3 $ 4",
    "1 / 0",
    "2 ** 3 ** 2",
    ".5 + 1.",
]
for line in lines:
    try:
        name, value = Parser(line, env).statement()
    except ParseError as e:
        print(f"{line:<28} error: {e} (pos={e.pos})")
    except ZeroDivisionError as e:
        print(f"{line:<28} ZeroDivisionError: {e}")
    else:
        if name:
            print(f"{line:<28} {name} := {value!r}")
        else:
            print(f"{line:<28} => {value!r}")
print(sorted(env.items()))
