# A trie over nested dicts: insert, prefix search with ranking by frequency, deletion with pruning, and a size count.
END = "$"

class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0

    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if END not in node:
            self.size += 1
        node[END] = node.get(END, 0) + weight

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._walk(word)
        return node is not None and END in node

    def complete(self, prefix, limit=3):
        node = self._walk(prefix)
        if node is None:
            return []
        found = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            for ch, child in n.items():
                if ch == END:
                    found.append((p, child))
                else:
                    stack.append((child, p + ch))
        found.sort(key=lambda pw: (-pw[1], pw[0]))
        return [w for w, _ in found[:limit]]

    def delete(self, word):
        def rec(node, i):
            if i == len(word):
                if END not in node:
                    raise KeyError(word)
                del node[END]
            else:
                child = node.get(word[i])
                if child is None:
                    raise KeyError(word)
                if rec(child, i + 1):
                    del node[word[i]]
            return not node
        rec(self.root, 0)
        self.size -= 1

    def count_nodes(self, node=None):
        node = self.root if node is None else node
        return 1 + sum(self.count_nodes(c) for k, c in node.items() if k != END)

text = """the then there these theme thermal car cart carton care careful cat
the the then car car car cat care the there"""
t = Trie()
for w in text.split():
    t.insert(w)
print(t.size, t.count_nodes())
for pre in ("the", "car", "ca", "x", "", "thermal"):
    print(f"{pre!r:10}", t.complete(pre), t.complete(pre, limit=1))
print("then" in t, "th" in t, "cart" in t)
t.delete("carton")
t.delete("thermal")
print(t.size, t.count_nodes(), "carton" in t, "cart" in t)
for w in ("zzz", "ca", "carton"):
    try:
        t.delete(w)
    except KeyError as e:
        print("KeyError", e, repr(e))
print(sorted(t.root), sorted(t.root["c"]["a"]))
print(t.complete("c", limit=10))
