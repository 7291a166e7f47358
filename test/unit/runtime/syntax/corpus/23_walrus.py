import re

data = [3, 8, 1, 9, 12]
if (n := len(data)) > 3:
    print(f"{n} items")
filtered = [y for x in data if (y := x * 2) > 5]
print(filtered, y)
pattern = re.compile(r"(\d+)")
lines = ["a1", "b", "c22"]
for line in lines:
    if m := pattern.search(line):
        print(m.group(1))
def last_match(xs):
    total = [t := t + x for x in xs] if (t := 0) == 0 else []
    return total, t
print(last_match([1, 2, 3]))
