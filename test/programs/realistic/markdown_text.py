# Render a tiny subset of markdown to plain text.
DOC = """# Shopping *notes*

Remember to buy **fresh** bread and `olive oil`.

## Lists
- apples
- pears with a **long** name
  that wraps
1. first
2. second

> Quote of the day:
> keep it *simple*

---
Done.
"""


def strip_inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            i += 2
            continue
        ch = text[i]
        if ch in "*`_":
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def blocks(lines):
    para = []
    for line in lines:
        if not line.strip():
            if para:
                yield ("p", " ".join(para))
                para = []
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            yield ("h", level, line[level:].strip())
        elif line.lstrip().startswith(("- ", "* ")):
            yield ("li", "•", line.lstrip()[2:])
        elif line[:1].isdigit() and ". " in line[:4]:
            num, _, rest = line.partition(". ")
            yield ("li", num + ".", rest)
        elif line.startswith(">"):
            yield ("q", line[1:].strip())
        elif set(line.strip()) == {"-"}:
            yield ("hr",)
        elif line.startswith("  "):
            para.append(line.strip())
        else:
            para.append(line)
    if para:
        yield ("p", " ".join(para))


def render(doc, width=40):
    out = []
    for block in blocks(doc.splitlines()):
        kind = block[0]
        if kind == "h":
            title = strip_inline(block[2])
            under = "=" if block[1] == 1 else "-"
            out += [title.upper() if block[1] == 1 else title, under * len(title)]
        elif kind == "li":
            out.append(f"  {block[1]} {strip_inline(block[2])}")
        elif kind == "q":
            out.append(f"  | {strip_inline(block[1])}")
        elif kind == "hr":
            out.append("~" * width)
        else:
            words = strip_inline(block[1]).split()
            line = ""
            for w in words:
                if line and len(line) + 1 + len(w) > width:
                    out.append(line)
                    line = w
                else:
                    line = f"{line} {w}" if line else w
            out.append(line)
    return "\n".join(out)


text = render(DOC, 30)
print(text)
stats = {k: sum(1 for b in blocks(DOC.splitlines()) if b[0] == k) for k in ("h", "p", "li", "q", "hr")}
print(stats)
print(max(text.splitlines(), key=len))
