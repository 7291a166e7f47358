# A word-ladder solver: the dictionary grouped by wildcard pattern with defaultdict(list), a
# breadth-first search driven by a deque, letter counts with defaultdict(int), and a bounded
# deque of recent moves.
from collections import defaultdict, deque

WORDS = """cold cord card ward warm word worm wore core bore bare barn born corn
cone bone bond band hand hard lard lord load road toad told gold bold bolt boat coat cost
most mist mint mind kind find fine line lime time tame came care dare date gate game""".split()

patterns = defaultdict(list)
for word in WORDS:
    for i in range(len(word)):
        patterns[word[:i] + "_" + word[i + 1:]].append(word)
print(len(patterns), max(len(v) for v in patterns.values()))


def neighbours(word):
    for i in range(len(word)):
        for other in patterns[word[:i] + "_" + word[i + 1:]]:
            if other != word:
                yield other


def ladder(start, goal):
    parents = {start: None}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        if word == goal:
            path = deque()
            while word is not None:
                path.appendleft(word)
                word = parents[word]
            return list(path)
        for nxt in neighbours(word):
            if nxt not in parents:
                parents[nxt] = word
                queue.append(nxt)
    return None


for start, goal in [("cold", "warm"), ("bone", "gold"), ("time", "game"), ("cold", "lime")]:
    path = ladder(start, goal)
    print(start, "->", goal, path if path is None else " ".join(path), None if path is None else len(path) - 1)

letters = defaultdict(int)
for word in WORDS:
    for ch in word:
        letters[ch] += 1
common = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(common, len(letters), letters["z"], len(letters))

by_first = defaultdict(list)
for word in WORDS:
    by_first[word[0]].append(word)
print({k: len(v) for k, v in sorted(by_first.items())})

recent = deque(maxlen=4)
for move in ladder("cold", "warm"):
    recent.append(move.upper())
print(recent, recent.maxlen, list(reversed(recent)))
recent.rotate(1)
print(recent[0], recent[-1], "WARM" in recent, recent.index("WARM"))
