# Union-find with path compression and union by rank; Kruskal's minimum spanning tree and components.
class DisjointSet:
    def __init__(self, elements):
        self.parent = {e: e for e in elements}
        self.rank = dict.fromkeys(elements, 0)
        self.count = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def groups(self):
        out = {}
        for e in self.parent:
            out.setdefault(self.find(e), []).append(e)
        return sorted(sorted(g) for g in out.values())

edges = [
    ("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7),
    ("C", "E", 5), ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9),
    ("F", "G", 11), ("H", "I", 1),
]
nodes = sorted({n for e in edges for n in e[:2]})
ds = DisjointSet(nodes)
mst = []
for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
    if ds.union(u, v):
        mst.append((u, v, w))
print("nodes:", "".join(nodes))
print("mst:", mst)
print("weight:", sum(w for *_, w in mst))
print("components:", ds.count, ds.groups())
print("ranks:", {k: r for k, r in ds.rank.items() if r})

grid = [
    "##..#",
    "#...#",
    "..#..",
    "##.##",
    "#..#.",
]
cells = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"]
islands = DisjointSet(cells)
for r, c in cells:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in islands.parent:
            islands.union((r, c), (r + dr, c + dc))
print("islands:", islands.count)
for g in islands.groups():
    print(" ", len(g), g[0], g[-1])
print(ds.union("A", "G"), ds.find("G") == ds.find("A"), ds.find("H") == ds.find("A"))
