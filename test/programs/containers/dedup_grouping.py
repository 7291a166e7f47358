# dedup with sets (printed sorted), order-preserving dedup with dict.fromkeys, grouping into dicts of lists, counting
words = "the cat and the hat and the bat sat on the mat".split()
print(sorted(set(words)), len(set(words)), list(dict.fromkeys(words)))
seen = set()
first = []
for w in words:
    if w not in seen:
        seen.add(w)
        first.append(w)
print(first)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
by_letter = {}
for w in sorted(set(words)):
    by_letter.setdefault(w[0], set()).add(w)
print({k: sorted(v) for k, v in sorted(by_letter.items())})
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nums = [5, 3, 5, 1, 3, 9, 1, 5]
print(sorted(set(nums)), sorted(set(nums), reverse=True), len(nums) - len(set(nums)))
a, b = set(range(0, 20, 3)), set(range(0, 20, 4))
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
pairs = [("x", 1), ("y", 2), ("x", 3)]
merged = {}
for k, v in pairs:
    merged[k] = merged.get(k, ()) + (v,)
print(merged)
