# Word wrapping and full justification by hand, a simple template engine with
# str.format_map, a table printer with center/ljust/rjust, and a tiny tokenizer.
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!\tHow vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]


for width in (28, 40):
    print("+" + "-" * width + "+")
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        body = justify(line, width) if i < len(lines) - 1 else line.ljust(width)
        print("|" + body + "|")
    print("+" + "-" * width + "+")

print(TEXT.expandtabs(4)[70:90].replace(" ", "."), TEXT.count(" "), TEXT.find("fox"), TEXT.rfind("quick"), TEXT.index("!"))
print(TEXT[:19].swapcase(), TEXT[:9].title(), TEXT.split(".")[0].upper().center(50, "~"))

template = "Dear {name},\nYour order #{order:05d} of {qty} x {item!r} totals ${total:,.2f}.\n{footer}"
fields = {"name": "Ms. O'Hara", "order": 42, "qty": 3, "item": "widget", "total": 1234.5, "footer": "-- shop".rjust(20)}
print(template.format_map(fields))
print(template.format(**fields).splitlines()[1].partition("totals ")[2])


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in {"let", "if", "else"} else "ID", word))
            i = j
        elif src.startswith(("==", "!=", "<=", ">="), i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif ch in "+-*/=<>()":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens


for src in ["let x_1 = 3.14 * (r + 2)", "if a >= 10 else b != c", "x = 1 $ 2"]:
    try:
        print(tokenize(src))
    except SyntaxError as e:
        print("SyntaxError:", e)

rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for n, r in enumerate(rows):
    cells = [str(r[0]).ljust(widths[0]), str(r[1]).rjust(widths[1]), str(r[2]).center(widths[2] + 2)]
    print(" | ".join(cells))
    if n == 0:
        print("-+-".join("-" * (w + (2 if k == 2 else 0)) for k, w in enumerate(widths)))
print("abc".zfill(6), "-42".zfill(6), "+7".zfill(4), "".zfill(2), "x".center(4, "*"), "x".center(5, "*"), "ab".ljust(1), "%-6s|%6s|" % ("l", "r"))
print("Hello World Foo".split(" ", 1), "a-b-c".rsplit("-", 1), "key=value=more".partition("="), "no-sep".rpartition("="), "  padded\t\n".strip(), "xxhixx".lstrip("x"))
print("\n".join(f"{i:>2}. {w}" for i, w in enumerate(sorted(set(TEXT.lower().replace(".", "").replace(",", "").replace(";", "").replace("!", "").split()), key=lambda w: (-len(w), w))[:5], 1)))
