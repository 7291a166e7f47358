TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

def words(text):
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            yield word

def frequencies(text):
    freq = {}
    for w in words(text):
        freq[w] = freq.get(w, 0) + 1
    return freq

top = sorted(frequencies(TEXT).items(), key=lambda kv: kv[1], reverse=True)[:5]
longest = max(words(TEXT), key=len)
print(top, longest, sum(1 for _ in words(TEXT)))
