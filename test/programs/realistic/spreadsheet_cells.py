# Spreadsheet cells with formulas, dependency tracking, cycle detection and recalculation.
class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.deps = {}

    def set(self, ref, text):
        self.raw[ref] = text
        self.invalidate(ref)

    def invalidate(self, ref, seen=None):
        seen = set() if seen is None else seen
        if ref in seen:
            return
        seen.add(ref)
        self.cache.pop(ref, None)
        for other, uses in self.deps.items():
            if ref in uses:
                self.invalidate(other, seen)

    def tokens(self, expr):
        buf = ""
        for ch in expr + " ":
            if ch.isalnum() or ch == ".":
                buf += ch
            else:
                if buf:
                    yield buf
                    buf = ""
                if ch in "+-*/()":
                    yield ch

    def value(self, ref, stack=()):
        if ref in stack:
            raise CycleError(" -> ".join(stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        text = self.raw.get(ref, "0")
        if not text.startswith("="):
            result = float(text) if "." in text else int(text)
        else:
            toks = list(self.tokens(text[1:]))
            self.deps[ref] = {t for t in toks if t[0].isalpha()}
            pos = 0

            def expr():
                nonlocal pos
                left = term()
                while pos < len(toks) and toks[pos] in "+-":
                    op = toks[pos]
                    pos += 1
                    right = term()
                    left = left + right if op == "+" else left - right
                return left

            def term():
                nonlocal pos
                left = atom()
                while pos < len(toks) and toks[pos] in "*/":
                    op = toks[pos]
                    pos += 1
                    right = atom()
                    left = left * right if op == "*" else left / right
                return left

            def atom():
                nonlocal pos
                tok = toks[pos]
                pos += 1
                if tok == "(":
                    v = expr()
                    pos += 1
                    return v
                if tok[0].isalpha():
                    return self.value(tok.upper(), stack + (ref,))
                return float(tok) if "." in tok else int(tok)

            result = expr()
        self.cache[ref] = result
        return result


sheet = Sheet()
for ref, text in [("A1", "10"), ("A2", "32"), ("A3", "=A1+A2*2"), ("B1", "=(A1+A2)/4"),
                  ("B2", "=B1*B1-a3"), ("C1", "=C2+1"), ("C2", "=C3"), ("C3", "=C1"), ("D1", "2.5")]:
    sheet.set(ref, text)
for ref in ["A3", "B1", "B2", "C1", "D1", "Z9"]:
    try:
        print(f"{ref} = {sheet.value(ref)!r}")
    except CycleError as e:
        print(f"{ref} = #CYCLE ({e})")
    except ZeroDivisionError:
        print(f"{ref} = #DIV/0")
sheet.set("A1", "0")
print("after A1=0 cached:", sorted(sheet.cache))
print("B2 =", sheet.value("B2"))
sheet.set("A2", "0")
try:
    sheet.value("B2")
    sheet.set("E1", "=A3/A1")
    print(sheet.value("E1"))
except ZeroDivisionError as e:
    print("E1 error:", e)
print({k: sorted(v) for k, v in sorted(sheet.deps.items())})
