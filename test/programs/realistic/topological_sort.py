# Topological sort of build tasks (Kahn's algorithm) and cycle detection with DFS colours.
deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "lib"],
}
def kahn(deps):
    indeg = {n: len(d) for n, d in deps.items()}
    users = {n: [] for n in deps}
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle detected")
    return order

def has_cycle(graph):
    color = {n: 0 for n in graph}
    def visit(n):
        color[n] = 1
        for m in graph[n]:
            if color[m] == 1 or (color[m] == 0 and visit(m)):
                return True
        color[n] = 2
        return False
    return any(color[n] == 0 and visit(n) for n in graph)

print(kahn(deps), has_cycle(deps))
deps["core"] = ["tests"]
print(has_cycle(deps))
try:
    kahn(deps)
except ValueError as e:
    print("error:", e)
