# Word frequencies: lower, strip punctuation, split, sort by count then word, print a table.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox -- quick and brown -- runs away! Away, away, said the dog."""
counts = {}
for raw in text.split():
    w = raw.strip(".,;!-").lower()
    if w:
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w in counts)
print("%-*s %s" % (width, "word", "n"))
for w, n in top[:8]:
    print("%-*s %d %s" % (width, w, n, "#" * n))
print("{} distinct, {} total".format(len(counts), sum(counts.values())))
print(", ".join(f"{w}={n}" for w, n in top if n == 1))
