from collections import defaultdict, deque

def build(edges):
    graph = defaultdict(list)
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    return graph

def bfs(graph, start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nb in sorted(graph[node]):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order

def dfs(graph, node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(graph, nb, seen)
    return seen

g = build([(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)])
print(bfs(g, 1), dfs(g, 1))
