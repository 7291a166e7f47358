# A small CSV-like report: split/rsplit/partition/strip variants, join, ljust/rjust/center,
# and %-formatting with dict arguments and * widths.
DATA = """\
  name , dept , salary , start
Alice,Engineering, 120000 ,2019-03-01
bob , sales,  65000,2020-11-15
  Carol,Engineering,135000 , 2018-07-30
dave,Support,48000,2021-01-04
Eve ,  sales , 72000, 2017-05-22
"""

lines = DATA.splitlines()
header = [h.strip() for h in lines[0].split(",")]
print(header)
rows = []
for line in lines[1:]:
    if not line.strip():
        continue
    fields = [f.strip() for f in line.split(",")]
    rec = dict(zip(header, fields))
    rec["name"] = rec["name"].title()
    rec["dept"] = rec["dept"].capitalize()
    rec["salary"] = int(rec["salary"])
    y, _, rest = rec["start"].partition("-")
    m, sep, d = rest.rpartition("-")
    rec["year"], rec["month"], rec["day"] = int(y), int(m), int(d)
    rows.append(rec)

print(len(rows), "rows")
width = max(len(r["name"]) for r in rows)
print("+" + "-" * (width + 2) + "+" + "-" * 14 + "+" + "-" * 10 + "+")
for r in rows:
    print("| %-*s | %12s | %8d |" % (width, r["name"], r["dept"], r["salary"]))
print("| %(name)-*s |" % {"name": "x"} if False else "done table")

for r in rows:
    print("%(name)s works in %(dept)s since %(year)04d/%(month)02d" % r)

print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 3.14159))
print("%5.1f%%" % 12.345)
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.000123, 1e-5, 1e20))
print("%c%c%c" % (72, "i", 33))
print("%r %a %s" % ("é", "é", "é"))
print("%+d % d %05d %-5d|" % (5, 5, -5, 5))

by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
for dept in sorted(by_dept):
    members = by_dept[dept]
    total = sum(m["salary"] for m in members)
    names = ", ".join(sorted(m["name"] for m in members))
    print(dept.center(15, "*"), names.ljust(20, "."), str(total).rjust(8), str(len(members)).zfill(3))

path = "/usr/local/lib/python3.11/site-packages/module.py"
print(path.rsplit("/", 1))
print(path.rsplit("/", 2))
print(path.split("/", 3))
print(path.rpartition("."))
print(path.partition("::"))
print(path.rpartition("::"))
print("  xx  ".lstrip(), "|", "  xx  ".rstrip(), "|", "xxhixx".strip("x"), "|", "abcba".strip("ab"))
print("a,b,,c,".split(","), "a b  c ".split(), " a b ".split(None, 1), "a b c".rsplit(None, 1))
print("".split(","), "".split(), "   ".split(), "x".split("x"), "  a b  ".rsplit(None, 1), " a  ".split(None, 0), " a ".rsplit(maxsplit=0))
print("1\t2\t\t3".expandtabs(), "|", "ab\tc".expandtabs(4), "|", "\tx".expandtabs(0))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True))
print("one\x0btwo\x0cthree\x1cfour\x85five\u2028six".splitlines())

for bad in [("a %d", ("x",)), ("%(k)s", ("t",)), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", (1,)), ("%(a)s %s", {"a": 1})]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    print("%(missing)s" % {"x": 1})
except KeyError as e:
    print("KeyError", e)
