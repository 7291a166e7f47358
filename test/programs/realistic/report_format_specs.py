# A sales report using f-strings with nested format specs, alignment, fill, signs, thousands separators and percents.
sales = [
    ("North", "Widgets", 1234567.891, 0.1234),
    ("South", "Gadgets", -9876.5, -0.05),
    ("East", "Gizmos & Co", 0.0, 0.0),
    ("West", "Sprockets", 42.125, 1.5),
    ("Central", "X", 1e7, 0.000123),
]
w = max(len(r[1]) for r in sales) + 2
print(f"{'Region':<8}|{'Product':^{w}}|{'Revenue':>16}|{'Growth':>9}")
print(f"{'':-<8}+{'':-^{w}}+{'':->16}+{'':->9}")
for region, product, rev, growth in sales:
    print(f"{region:<8}|{product:^{w}}|{rev:>16,.2f}|{growth:>+9.1%}")
total = sum(r[2] for r in sales)
print(f"{'TOTAL':*^{8 + w + 1}}|{total:>16_.1f}|")
print()
for v in (0, 7, 255, 4096, -42):
    print(f"{v:>6d} {v:#06x} {v:#o} {v:b} {v:+,} {v:=+8} {v:08.3f} {v:e}")
for x in (3.14159, 2.5, -0.0, 1/3, 123456789.0, 1e-7, float("inf")):
    print(f"[{x:g}] [{x:.3g}] [{x:10.4f}] [{x:<10.2e}] [{x:%}] [{x!r}] [{x:n}]")
name, score = "Ada", 97.456
width, prec = 12, 1
print(f"{name!r:>{width}} scored {score:{width}.{prec}f}!")
print(f"{name:_<{width}}{score:_>{width}.{prec + 1}f}")
print("{0:>5}|{1:<5}|{0:^5}|{2[k]}|{3.real}".format("ab", "cd", {"k": "v"}, 3 + 4j))
print("%-6s|%6.2f|%05d|%x|%r|%c%%" % ("hi", 2.71828, 42, 255, "q", 65))
print(format(1234.5, ",.1f"), format(0.5, ".0%"), format(12, "^7"), format("s", ">3"))
items = {"apples": 3, "kiwis": 12, "bananas": 0}
for k, n in sorted(items.items(), key=lambda kv: (-kv[1], kv[0])):
    bar = "#" * n
    print(f"{k.title():<10}{n:>3} {bar:.<14}|{n / 15:6.1%}")
print(f"{'end':=^20}")
print(f"{{literal}} {len(sales)=}" if True else "")
