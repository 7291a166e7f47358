# A concordance: word positions per line, sorted by frequency then alphabetically, with context snippets and stats.
TEXT = """It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness.
It was the epoch of belief -- it was the epoch of incredulity!
The season of Light, the season of Darkness: hope and despair."""

def words_of(line):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch == "'" else " " for ch in line)
    return cleaned.split()

index = {}
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for pos, word in enumerate(words_of(line)):
        index.setdefault(word, []).append((lineno, pos))

ranked = sorted(index.items(), key=lambda kv: (-len(kv[1]), kv[0]))
print(f"{len(index)} distinct words, {sum(len(v) for v in index.values())} total")
for word, places in ranked[:8]:
    lines = sorted({ln for ln, _ in places})
    print(f"{word:>8} x{len(places):<2} lines {','.join(map(str, lines)):<8} first at {places[0]}")
singles = [w for w, p in ranked if len(p) == 1]
print("once:", ", ".join(singles))
by_len = {}
for w in index:
    by_len.setdefault(len(w), set()).add(w)
for n in sorted(by_len, reverse=True)[:3]:
    print(n, sorted(by_len[n]))

def context(word, width=2):
    out = []
    lines = TEXT.splitlines()
    for ln, pos in index.get(word, []):
        ws = words_of(lines[ln - 1])
        lo, hi = max(0, pos - width), pos + width + 1
        left = " ".join(ws[lo:pos]).rjust(18)
        right = " ".join(ws[pos + 1:hi]).ljust(18)
        out.append(f"{left} [{ws[pos].upper()}] {right}|")
    return out

for line in context("epoch") + context("season", 1) + context("missing"):
    print(line)
letters = {}
for w, p in index.items():
    letters[w[0]] = letters.get(w[0], 0) + len(p)
top = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)
print(top[:5], min(letters, key=letters.get), max(letters.values()))
pairs = list(zip(*[iter(words_of(TEXT.replace("\n", " ")))] * 2))
print(len(pairs), pairs[:3], pairs[-1])
bigrams = {}
flat = words_of(TEXT.replace("\n", " "))
for a, b in zip(flat, flat[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print(sorted(((n, a + " " + b) for (a, b), n in bigrams.items() if n > 2), reverse=True))
