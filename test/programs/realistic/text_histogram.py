# Text-based histograms: horizontal and vertical bars, bucketing, and scaling to a width.
SCORES = [72, 85, 91, 64, 58, 77, 88, 95, 69, 73, 81, 84, 99, 45, 67, 70, 76, 82, 90, 61,
          55, 79, 83, 87, 92, 68, 74, 80, 86, 71]


def buckets(values, width=10, lo=None, hi=None):
    lo = min(values) // width * width if lo is None else lo
    hi = max(values) if hi is None else hi
    edges = list(range(lo, hi + width, width))
    counts = dict.fromkeys(edges[:-1], 0)
    for v in values:
        key = min((v - lo) // width * width + lo, edges[-2])
        counts[key] += 1
    return counts


def horizontal(counts, bar_width=30, char="#"):
    peak = max(counts.values()) or 1
    label_w = max(len(f"{k}-{k + 9}") for k in counts)
    lines = []
    for start, n in counts.items():
        bar = char * round(n / peak * bar_width)
        label = f"{start}-{start + 9}".rjust(label_w)
        lines.append(f"{label} | {bar:<{bar_width}} {n:>2}")
    return lines


def vertical(counts, height=6):
    peak = max(counts.values())
    cols = [round(n / peak * height) for n in counts.values()]
    rows = []
    for level in range(height, 0, -1):
        rows.append(" ".join(" ## " if c >= level else "    " for c in cols).rstrip())
    rows.append(" ".join(f"{k:^4}" for k in counts))
    return rows


def stats(values):
    n = len(values)
    ordered = sorted(values)
    mean = sum(values) / n
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    return {"n": n, "mean": mean, "median": median, "sd": var ** 0.5, "range": (ordered[0], ordered[-1])}


counts = buckets(SCORES)
print("\n".join(horizontal(counts)))
print()
print("\n".join(vertical(counts)))
s = stats(SCORES)
print(", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in s.items()))

words = "the cat and the hat and the bat sat on the mat with a cat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(map(len, freq))
for w, n in top[:6]:
    print(f"{w:>{width}} {'*' * n}{'.' * (4 - n)} {n / len(words):6.1%}")
grades = {"A": range(90, 101), "B": range(80, 90), "C": range(70, 80), "D": range(60, 70), "F": range(0, 60)}
letter = {g: sum(1 for v in SCORES if v in r) for g, r in grades.items()}
print(" ".join(f"{g}:{'|' * n}" for g, n in letter.items()), sum(letter.values()) == len(SCORES))
