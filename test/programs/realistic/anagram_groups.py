# Grouping anagrams, finding palindromic pairs and checking pangrams.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print(max(groups.values(), key=len))
pairs = [(a, b) for i, a in enumerate(["ab", "ba", "abc", "cba", "x"]) for b in ["ab", "ba", "abc", "cba", "x"][i + 1:] if (a + b) == (a + b)[::-1]]
print(pairs)
for s in ["The quick brown fox jumps over the lazy dog", "Hello world"]:
    missing = [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in s.lower()]
    print(len(missing) == 0, "".join(missing))
