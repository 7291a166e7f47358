# String processing: building, splitting and counting words.
text = " ".join("word%d" % (i % 100) for i in range(20000))
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["word7"])
