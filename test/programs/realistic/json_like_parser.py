# A recursive-descent parser for a JSON-like text format, with positions in errors and a re-serializer.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at offset {pos}")
        self.pos = pos

class Parser:
    WS = " \t\r\n"

    def __init__(self, text):
        self.text = text
        self.i = 0

    def peek(self):
        self.skip()
        return self.text[self.i] if self.i < len(self.text) else ""

    def skip(self):
        while self.i < len(self.text) and self.text[self.i] in self.WS:
            self.i += 1

    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r}, got {self.peek()!r}", self.i)
        self.i += 1

    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        raise ParseError(f"unexpected {c!r}" if c else "unexpected end", self.i)

    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            key = self.string()
            self.expect(":")
            out[key] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out

    def arr(self):
        self.expect("[")
        items = []
        if self.peek() == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == "]":
                self.i += 1
                return items
            self.expect(",")

    def string(self):
        self.expect('"')
        start = self.i
        buf = []
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch == '"':
                self.i += 1
                return "".join(buf)
            if ch == "\\":
                self.i += 1
                buf.append(escapes.get(self.text[self.i], "?"))
            else:
                buf.append(ch)
            self.i += 1
        raise ParseError("unterminated string", start)

    def number(self):
        start = self.i
        if self.text[self.i] == "-":
            self.i += 1
        while self.i < len(self.text) and (self.text[self.i].isdigit() or self.text[self.i] in ".eE+-"):
            self.i += 1
        lit = self.text[start:self.i]
        return float(lit) if any(c in lit for c in ".eE") else int(lit)

def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dump(x, indent + 1)}' for k, x in sorted(v.items()))
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if v is True or v is False:
        return str(v).lower()
    if v is None:
        return "null"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return repr(v)

doc = '{"name": "widget", "tags": ["a", "b\\n"], "size": {"w": 3, "h": -4.5e1}, "ok": true, "none": null, "e": {}}'
tree = Parser(doc).value()
print(tree)
print(dump(tree))
print(type(tree["size"]["h"]).__name__, tree["size"]["h"])
for bad in ['{"a" 1}', '[1, 2', '"abc', '{"x": tru}', '', '[1,,2]']:
    try:
        Parser(bad).value()
    except ParseError as e:
        print(f"{bad!r:14} -> {e} (pos={e.pos}) {e.args}")
    except IndexError as e:
        print(f"{bad!r:14} -> IndexError {e}")
