# A deterministic maze generator (recursive backtracker with an LCG) rendered in ASCII.
W, H = 8, 5
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1664525 + 1013904223) % 2 ** 32
    return seed % n

walls = {(x, y): {"N", "S", "E", "W"} for x in range(W) for y in range(H)}
moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
stack = [(0, 0)]
seen = {(0, 0)}
while stack:
    x, y = stack[-1]
    options = [d for d in "NSEW" if (x + moves[d][0], y + moves[d][1]) in walls and (x + moves[d][0], y + moves[d][1]) not in seen]
    if not options:
        stack.pop()
        continue
    d = options[rand(len(options))]
    dx, dy, back = moves[d]
    nxt = (x + dx, y + dy)
    walls[(x, y)].discard(d)
    walls[nxt].discard(back)
    seen.add(nxt)
    stack.append(nxt)
print("+" + "--+" * W)
for y in range(H):
    row = "|"
    bottom = "+"
    for x in range(W):
        row += "  " + ("|" if "E" in walls[(x, y)] else " ")
        bottom += ("--" if "S" in walls[(x, y)] else "  ") + "+"
    print(row)
    print(bottom)
print(len(seen), sum(len(w) for w in walls.values()))
