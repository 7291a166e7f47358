# BFS shortest path and DFS flood fill on a character grid, with a list used as a queue.
grid = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]
rows, cols = len(grid), len(grid[0])
start = end = None
for r, line in enumerate(grid):
    for c, ch in enumerate(line):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)

def bfs(start, end):
    queue = [start]
    head = 0
    prev = {start: None}
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev.get(node)
    return path[::-1]

path = bfs(start, end)
print(len(path) - 1, path[:4], path[-1])
canvas = [list(line) for line in grid]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))

def flood(r, c, seen):
    stack = [(r, c)]
    size = 0
    while stack:
        r, c = stack.pop()
        if (r, c) in seen or not (0 <= r < rows and 0 <= c < cols) or grid[r][c] != "#":
            continue
        seen.add((r, c))
        size += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return size

seen = set()
walls = []
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "#" and (r, c) not in seen:
            walls.append(flood(r, c, seen))
print(sorted(walls, reverse=True))
