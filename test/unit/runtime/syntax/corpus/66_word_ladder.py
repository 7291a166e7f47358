from collections import deque
import string

def ladder(start, goal, words):
    words = set(words)
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        word = path[-1]
        if word == goal:
            return path
        for i in range(len(word)):
            for ch in string.ascii_lowercase:
                nxt = word[:i] + ch + word[i + 1:]
                if nxt in words and nxt not in seen:
                    seen.add(nxt)
                    queue.append(path + [nxt])
    return None

print(ladder("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"]))
