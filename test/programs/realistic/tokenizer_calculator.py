# A tokenizer and recursive-descent evaluator for arithmetic with variables, with errors reported by position.
class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j]), i))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j], i))
            i = j
        elif ch in "+-*/()=^":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected {ch!r}", i)
    tokens.append(("end", None, len(src)))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.t, self.k, self.env = tokens, 0, env

    def peek(self):
        return self.t[self.k]

    def take(self, value=None):
        tok = self.t[self.k]
        if value is not None and tok[1] != value:
            raise CalcError(f"expected {value!r}", tok[2])
        self.k += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            rhs = self.power()
            if op == "/" and rhs == 0:
                raise CalcError("division by zero", self.peek()[2])
            v = v * rhs if op == "*" else v / rhs
        return v

    def power(self):
        base = self.atom()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.power()
        return base

    def atom(self):
        kind, value, pos = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise CalcError(f"unknown name {value!r}", pos)
            return self.env[value]
        if value == "-":
            return -self.atom()
        if value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {value!r}", pos)


env = {"pi": 3.14159}
for line in ["x = 2 ^ 3 ^ 2", "y = (x - 12) / 4", "x * y + -3", "r = 2.5", "pi * r ^ 2",
             "1 / (y - y)", "z + 1", "3 $ 4", "(1 + 2", "2 * (3 + 4) - 5 / 2"]:
    try:
        if "=" in line:
            name, rhs = [s.strip() for s in line.split("=", 1)]
            env[name] = Parser(tokenize(rhs), env).expr()
            print(f"{name} <- {env[name]}")
        else:
            print(f"{line} = {Parser(tokenize(line), env).expr()}")
    except CalcError as e:
        print(f"{line!r}: {e} (pos {e.pos})")
print(sorted(env))
