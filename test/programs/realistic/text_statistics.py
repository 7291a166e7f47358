# Text statistics: word frequencies, longest words, sentence lengths, letter histogram.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness. It was the spring of hope!
It was the winter of despair? We had everything before us, we had nothing before us."""

words = []
for raw in text.split():
    w = raw.strip(".,!?;:").lower()
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq))
print(top)
longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
print(longest)
sentences = []
current = []
for raw in text.split():
    current.append(raw)
    if raw[-1] in ".!?":
        sentences.append(len(current))
        current = []
print(sentences, round(sum(sentences) / len(sentences), 2))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
for ch, n in sorted(letters.items(), key=lambda kv: -kv[1])[:5]:
    print(ch, "#" * (n // 4), n)
print(text.count("was"), text.lower().count("it was"), text.find("wisdom"))
