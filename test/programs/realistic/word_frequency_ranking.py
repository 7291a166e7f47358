# Word frequencies ranked with sorted(key=lambda kv: (-kv[1], kv[0])), plus bigrams and a histogram.

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair. We had everything before us,
we had nothing before us; we were all going direct to Heaven, we were all going
direct the other way.
"""

def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'()").lower()
        if w:
            out.append(w)
    return out

ws = words(TEXT)
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(ws), len(counts))
for word, n in ranked[:10]:
    print(f"{word:<12}{n:>3} {'#' * n}")

print(ranked[-3:])
print(sorted(counts, key=counts.get, reverse=True)[:3])
print(max(counts.items(), key=lambda kv: (kv[1], kv[0])), min(counts, key=lambda w: (counts[w], -len(w), w)))

bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
top = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)

by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
for ch, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{ch} {n:3d} {n / total:6.2%} {n / total:.3e}")

# stability: equal keys keep their input order
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 2), ("e", 1)]
print(sorted(pairs, key=lambda kv: kv[1]), sorted(pairs, key=lambda kv: -kv[1]))
print(sorted(pairs, key=lambda kv: kv[1], reverse=True))
data = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(data), sorted(data, key=str.lower), sorted(data, key=lambda s: (s.lower(), s)))
print(sorted(data, key=len), sorted(set(map(str.casefold, data))))
ranked_words = [w for w, _ in ranked]
print(ranked_words.index("the"), ranked_words.count("it"), ranked_words[:3])
try:
    sorted([("a", 1), (2, "b")], key=lambda kv: kv[0])
except TypeError as e:
    print("TypeError:", e)
