# Line diff with an LCS edit script, unified-style hunks, and a word-level diff.
def lcs_table(a, b):
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                rows[i][j] = rows[i + 1][j + 1] + 1
            else:
                rows[i][j] = max(rows[i + 1][j], rows[i][j + 1])
    return rows


def edit_script(a, b):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "-", a[i]
            i += 1
        else:
            yield "+", b[j]
            j += 1
    yield from (("-", x) for x in a[i:])
    yield from (("+", x) for x in b[j:])


def hunks(script, context=1):
    ops = list(script)
    changed = [k for k, (op, _) in enumerate(ops) if op != " "]
    groups = []
    for k in changed:
        if groups and k - groups[-1][-1] <= 2 * context + 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        lo, hi = max(0, g[0] - context), min(len(ops), g[-1] + context + 1)
        yield lo, [f"{op}{text}" for op, text in ops[lo:hi]]


OLD = """def greet(name):
    print("Hello", name)
    return None

def add(a, b):
    return a + b

total = add(1, 2)
greet("world")""".splitlines()
NEW = """def greet(name, punct="!"):
    print("Hello", name + punct)

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

total = add(1, 2)
greet("there")""".splitlines()

for start, lines in hunks(edit_script(OLD, NEW)):
    print(f"@@ op {start} @@")
    for line in lines:
        print(line)

ops = [op for op, _ in edit_script(OLD, NEW)]
print({op: ops.count(op) for op in " +-"}, "similarity", f"{2 * ops.count(' ') / (len(OLD) + len(NEW)):.3f}")


def word_diff(x, y):
    parts = []
    for op, w in edit_script(x.split(), y.split()):
        parts.append(w if op == " " else f"[{op}{w}]")
    return " ".join(parts)


print(word_diff("the quick brown fox jumps", "the slow brown dog jumps high"))
print(word_diff("a b c", "a b c"))
print("".join(f"{op}{ch}" if op != " " else ch for op, ch in edit_script("kitten", "sitting")))
print(lcs_table("ABCBDAB", "BDCABA")[0][0], lcs_table("", "abc")[0][0])
