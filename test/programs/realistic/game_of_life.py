# Conway's Game of Life on a small wrapping board: a glider and a blinker.
W, H = 10, 8
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))

cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (7, 5), (7, 6), (7, 4)}
for gen in range(4):
    print("generation", gen, "alive", len(cells))
    print(show(cells))
    cells = step(cells)
for _ in range(36):
    cells = step(cells)
print("after 40:", len(cells), sorted(cells))
