# A Counter-like class built on dict with most_common, update and arithmetic.
class Tally(dict):
    def __init__(self, items=()):
        super().__init__()
        self.update_from(items)
    def update_from(self, items):
        for it in items:
            self[it] = self.get(it, 0) + 1
    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda kv: -kv[1])
        return ordered if n is None else ordered[:n]
    def total(self):
        return sum(self.values())

t = Tally("mississippi")
print(sorted(t.items()), t.total())
print(t.most_common(2))
t.update_from("miss")
print(t["s"], t.get("z", 0), len(t))
words = Tally("the cat and the hat and the bat".split())
print(words.most_common(3), isinstance(words, dict))
