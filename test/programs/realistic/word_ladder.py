# Word ladder: breadth-first search over one-letter changes, with bucket indexing and path rebuild.
WORDS = """cold cord card ward warm word worm corm core care dare date gate gave
cave cove love lave late lane cane cone bone bond band hand hard herd head heal
teal tell tall tale male mile mild wild wind wand sand said slid slit spit spin""".split()


def buckets(words):
    index = {}
    for w in words:
        for i in range(len(w)):
            index.setdefault(w[:i] + "_" + w[i + 1:], []).append(w)
    return index


def neighbours(word, index):
    for i in range(len(word)):
        for other in index.get(word[:i] + "_" + word[i + 1:], ()):
            if other != word:
                yield other


def ladder(start, goal, words):
    if start not in words or goal not in words:
        missing = [w for w in (start, goal) if w not in words]
        raise KeyError(f"not in dictionary: {', '.join(missing)}")
    index = buckets(words)
    parent = {start: None}
    frontier = [start]
    depth = 0
    while frontier and goal not in parent:
        depth += 1
        nxt = []
        for word in frontier:
            for n in neighbours(word, index):
                if n not in parent:
                    parent[n] = word
                    nxt.append(n)
        frontier = nxt
    if goal not in parent:
        return None, len(parent)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = parent[node]
    return path[::-1], len(parent)


words = set(WORDS)
for a, b in [("cold", "warm"), ("love", "hate"), ("head", "tail"), ("cave", "bone"),
             ("wild", "spin"), ("said", "teal"), ("cold", "cold")]:
    try:
        path, seen = ladder(a, b, words)
    except KeyError as e:
        print(f"{a}->{b}: {e.args[0]}")
        continue
    if path is None:
        print(f"{a}->{b}: unreachable after visiting {seen} words")
    else:
        print(f"{a}->{b}: {len(path) - 1} steps {' > '.join(path)} (visited {seen})")

index = buckets(sorted(words))
busiest = sorted(index.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:3]
print("busiest patterns:", [(p, len(ws)) for p, ws in busiest])
degree = {w: sum(1 for _ in neighbours(w, index)) for w in sorted(words)}
isolated = [w for w, d in degree.items() if d == 0]
print("isolated:", isolated, "max degree:", max(degree.values()), [w for w, d in degree.items() if d == max(degree.values())])
