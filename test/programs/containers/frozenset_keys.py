# frozensets as dict keys and set members: undirected graph edges, memoized subsets, equality with sets
edges = {}
for u, v, w in [(1, 2, 7), (2, 1, 3), (2, 3, 1), (3, 1, 4), (3, 2, 9)]:
    key = frozenset((u, v))
    edges[key] = min(edges.get(key, w), w)
print(sorted((sorted(k), w) for k, w in edges.items()))
print(frozenset({1, 2}) in edges, {1, 3} == frozenset({3, 1}), edges[frozenset([3, 2])])
seen = {frozenset(), frozenset({1}), frozenset({1}), frozenset({2, 1}), frozenset({1, 2})}
print(len(seen), sorted(len(s) for s in seen))
def subsets(items):
    out = [frozenset()]
    for x in items:
        out += [s | {x} for s in out]
    return out
subs = subsets([1, 2, 3])
print(len(subs), sorted(sorted(s) for s in subs))
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), frozenset([1, 2, 3]) - {2}, type({3} & frozenset([3])).__name__)
fs = frozenset(range(5))
print(fs.union([9]), fs.issuperset(range(3)), fs.copy() is fs, hash(fs) == hash(frozenset(range(4, -1, -1))))
