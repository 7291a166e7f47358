def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield x + dx, y + dy

def step(live):
    counts = {}
    for cell in live:
        for nb in neighbours(cell):
            counts[nb] = counts.get(nb, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for _ in range(4):
    glider = step(glider)
print(sorted(glider))
