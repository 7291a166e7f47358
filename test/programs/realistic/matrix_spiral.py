# Spiral order, rotation by 90 degrees and Pascal's triangle with list manipulation.
def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print(spiral(grid))
for row in rotate(grid):
    print(row)
rows = [[1]]
for _ in range(8):
    prev = rows[-1]
    rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in rows:
    print(" ".join(map(str, row)).center(40).rstrip())
