# Word frequencies of a short text: counting in a dict, sorting by count then word, a bar chart.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""

def words(s):
    for raw in s.split():
        w = raw.strip(",.;").lower()
        if w:
            yield w

counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w, _ in ranked)
for w, n in ranked[:8]:
    print(f"{w:<{width}} {n:>2} {'#' * n}")

lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, ", ".join(sorted(lengths[k])))

total = sum(counts.values())
print("distinct", len(counts), "total", total, "ratio", round(len(counts) / total, 3))
first_seen = list(dict.fromkeys(words(text)))
print(first_seen[:6], first_seen.index("age"))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels", vowels, "share", f"{vowels / len(text):.1%}")
