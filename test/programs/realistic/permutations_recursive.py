# Permutations, combinations and subsets generated recursively, with lists copied and tuples hashed into sets.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def combinations(items, k, start=0, chosen=None):
    chosen = [] if chosen is None else chosen
    if len(chosen) == k:
        yield tuple(chosen)
        return
    for i in range(start, len(items)):
        chosen.append(items[i])
        yield from combinations(items, k, i + 1, chosen)
        chosen.pop()


def subsets(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result


p = permutations([1, 2, 3])
print(len(p), p)
word_perms = {"".join(w) for w in permutations(list("aab"))}
print(sorted(word_perms))
print(list(combinations("abcd", 2)), sum(1 for _ in combinations(range(10), 3)))
s = subsets([1, 2, 3])
print(len(s), sorted(s, key=lambda t: (len(t), t)))
target = 10
nums = [2, 3, 5, 7, 8]
hits = [c for k in range(1, len(nums) + 1) for c in combinations(nums, k) if sum(c) == target]
print(hits)
seen = set()
for perm in permutations([1, 1, 2, 2]):
    seen.add(tuple(perm))
print(len(seen), min(seen), max(seen))
