# Text processing: a word-frequency report with aligned columns, a caesar cipher,
# a simple template engine and text wrapping, all with str methods and formatting.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
print(f"{'word':<{width}} | {'n':>3} | share")
print("-" * (width + 16))
for w, n in top:
    print(f"{w:<{width}} | {n:>3} | {n / len(words):6.1%}")


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Attack at Dawn!", 3)
print(secret, "->", caesar(secret, -3))


def render(template, **values):
    return template.format_map(values)


print(render("Dear {name}, you owe {amount:,.2f} {cur}.", name="Ada", amount=12345.678, cur="EUR"))
print("%-10s|%5d|%8.3f" % ("row", 42, 3.14159))


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


for row in wrap(TEXT.replace("\n", " "), 28):
    print(f"|{row.center(28)}|")
print(" ".join(w.capitalize() for w in "the quick brown fox".split()), "the quick".title().swapcase())
