# Anagram groups keyed by sorted letters, and palindromes ignoring case and punctuation.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(f"{key:>8}: {' '.join(groups[key])}")

def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]

for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "", "Was it a car or a cat I saw?"]:
    print(repr(s), is_pal(s))
print("racecar"[::2], "racecar"[-1:-4:-1], "abcdef"[1::2])
