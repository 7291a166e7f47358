# a generator pipeline: reading records, filtering, mapping, windowing, with generator expressions
lines = [
    "alice,34,engineering",
    "bob,27,sales",
    "# comment",
    "carol,45,engineering",
    "",
    "dave,31,marketing",
    "erin,29,engineering",
]


def records(src):
    for line in src:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, age, dept = line.split(",")
        yield {"name": name, "age": int(age), "dept": dept}


def where(rows, **conds):
    for r in rows:
        if all(r[k] == v for k, v in conds.items()):
            yield r


def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


eng = where(records(lines), dept="engineering")
names = (r["name"].title() for r in eng)
print(list(names))
ages = [r["age"] for r in records(lines)]
print(sum(a for a in ages if a > 30), max(ages))
print(list(window(range(5), 3)))
squares = (x * x for x in range(10))
print(next(squares), next(squares), sum(squares))
