# Paragraph tools with str methods: wrapping to a width, full justification, centring headings, indexing words by line.
text = ("Memory in CPython is handed out by pymalloc in blocks of fixed size classes, carved from "
        "pools of four kilobytes that live in arenas; an arena goes back to the system only when "
        "every pool in it is empty, which is why a long-running program rarely shrinks.")


def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line[-1]


width = 36
words = text.split()
lines = wrap(words, width)
print("Arenas".center(width, "="))
for line in lines[:-1]:
    print("|" + justify(line, width) + "|")
print("|" + " ".join(lines[-1]).ljust(width) + "|")
index = {}
for n, line in enumerate(lines, 1):
    for w in line:
        key = w.strip(",.;").lower()
        index.setdefault(key, []).append(n)
print({k: v for k, v in sorted(index.items()) if len(v) > 1})
print(max(words, key=len), sum(w.endswith(("s", "s,")) for w in words), text.count("in "), text.title()[:30])
caps = " ".join(w.capitalize() if len(w) > 3 else w for w in words[:8])
print(caps, "|", text.replace("pymalloc", "PYMALLOC", 1)[20:60], "|", text.partition(";")[2][:25])
