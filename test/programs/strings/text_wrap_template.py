# Greedy text wrapping and a tiny $name template substitution with str.replace and partition.
text = "Arena Lens runs the open Python script in a mini runtime whose every allocation goes through a model of pymalloc."
def wrap(t, width):
    lines, cur = [], ""
    for w in t.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines
for width in (20, 33):
    for line in wrap(text, width):
        print(f"|{line:<{width}}|")
tpl = "Dear $name, your order #$id ships on $day."
vals = {"name": "Ada", "id": 42, "day": "Monday"}
out = tpl
for k, v in vals.items():
    out = out.replace("$" + k, str(v))
print(out)
key, sep, rest = "key=value=more".partition("=")
print(key, sep, rest, "a=b".rpartition("="), "none".partition("="))
print("\n".join(l.rstrip() for l in "  x  \n  y\t\n".splitlines()))
