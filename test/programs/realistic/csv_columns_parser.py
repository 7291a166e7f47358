# Parsing a CSV-like text block by hand: splitlines, partition, rsplit, strip and zip(*rows).

DATA = """\
# inventory export, v2
name , category, qty,  price , tags
Widget, tools , 12, 2.50, metal;small
  Gadget,toys,3 ,  10.00 ,plastic
Gizmo, tools, 0, 7.25,
Doohickey , misc,7,0.99, tiny ; cheap ; misc

Thingamajig,toys, 21, 3.10,   wood
broken line without enough fields
Whatsit, misc, x, 1.00, bad-qty
"""

def parse(text):
    header = None
    rows, errors = [], []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line, _, comment = raw.partition("#")
        line = line.strip()
        if not line:
            if comment:
                print(f"comment on line {lineno}: {comment.strip()!r}")
            continue
        fields = [f.strip() for f in line.split(",")]
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            errors.append((lineno, f"expected {len(header)} fields, got {len(fields)}"))
            continue
        rec = dict(zip(header, fields))
        try:
            rec["qty"] = int(rec["qty"])
            rec["price"] = float(rec["price"])
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        rec["tags"] = [t.strip() for t in rec["tags"].split(";") if t.strip()]
        rows.append(rec)
    return header, rows, errors

header, rows, errors = parse(DATA)
print(header)
for r in rows:
    print(r)
for lineno, msg in errors:
    print(f"line {lineno}: {msg}")

table = [[r["name"], r["category"], r["qty"], r["price"]] for r in rows]
names, cats, qtys, prices = zip(*table)
print(names)
print(cats, sum(qtys), round(sum(q * p for q, p in zip(qtys, prices)), 2))
print(list(zip(*[(1, 2, 3), (4, 5, 6)])), list(zip(*[])))

widths = [max(len(str(c)) for c in col) for col in zip(header[:4], *table)]
print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for row in table:
    cells = []
    for value, w in zip(row, widths):
        if isinstance(value, float):
            cells.append(f"{value:>{w}.2f}")
        elif isinstance(value, int):
            cells.append(str(value).rjust(w))
        else:
            cells.append(value.ljust(w))
    print(" | ".join(cells))

by_cat = {}
for r in rows:
    by_cat.setdefault(r["category"], []).append(r["name"])
print(by_cat)

paths = ["/usr/local/lib/python3.11/site.py", "archive.tar.gz", "noext", ".bashrc", "a.b.c.d"]
for p in paths:
    print(p.rsplit("/", 1), p.rsplit(".", 1), p.rpartition("."), p.partition("/"), p.rsplit(".", 2)[-1])
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "  x  y  ".split(), "  x  y  ".rsplit(None, 1))
print("key = value = more".partition(" = "), "nothing".partition("="), "nothing".rpartition("="))
print("\tpadded\n".strip(), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "one\ntwo\n".splitlines(True), "".splitlines(), "\n".splitlines())
