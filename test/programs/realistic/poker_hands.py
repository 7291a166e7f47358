# Rank poker hands and break ties.
RANKS = "23456789TJQKA"
NAMES = ["high card", "pair", "two pair", "three of a kind", "straight",
         "flush", "full house", "four of a kind", "straight flush"]


class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, text):
        self.rank = RANKS.index(text[0]) + 2
        self.suit = text[1]

    def __repr__(self):
        return RANKS[self.rank - 2] + self.suit


class Hand:
    def __init__(self, owner, text):
        self.owner = owner
        self.cards = sorted((Card(t) for t in text.split()), key=lambda c: -c.rank)
        self.score = self._evaluate()

    def _evaluate(self):
        counts = {}
        for c in self.cards:
            counts[c.rank] = counts.get(c.rank, 0) + 1
        groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
        shape = tuple(n for _, n in groups)
        ranks = [r for r, _ in groups]
        flush = len({c.suit for c in self.cards}) == 1
        values = sorted(counts, reverse=True)
        if values == [14, 5, 4, 3, 2]:
            values = [5, 4, 3, 2, 1]
        straight = len(values) == 5 and values[0] - values[4] == 4
        if straight and flush:
            cat = 8
        elif shape == (4, 1):
            cat = 7
        elif shape == (3, 2):
            cat = 6
        elif flush:
            cat = 5
        elif straight:
            cat = 4
            ranks = values
        elif shape == (3, 1, 1):
            cat = 3
        elif shape == (2, 2, 1):
            cat = 2
        elif shape == (2, 1, 1, 1):
            cat = 1
        else:
            cat = 0
        return (cat, tuple(ranks))

    def __lt__(self, other):
        return self.score < other.score

    def __eq__(self, other):
        return self.score == other.score

    def __str__(self):
        return f"{self.owner:<6} {' '.join(map(repr, self.cards))}  {NAMES[self.score[0]]}"


table = {
    "alice": "2H 3D 5S 9C KD",
    "bob": "2C 3H 4S 8C AH",
    "carol": "2H 4S 4C 2D 4H",
    "dave": "2S 8S AS QS 3S",
    "erin": "AH 2D 3C 4S 5H",
    "frank": "TH JH QH KH AH",
    "gina": "KC KD 7S 7H 2C",
    "hank": "KS KH 7C 7D 3S",
}
hands = [Hand(name, cards) for name, cards in table.items()]
for rank, hand in enumerate(sorted(hands, reverse=True), 1):
    print(rank, hand)

best = max(hands)
ties = [h.owner for h in hands if h == best]
print("winner:", ", ".join(ties))
print("gina vs hank:", "gina" if hands[6] > hands[7] else "hank" if hands[7] > hands[6] else "split")
by_cat = {}
for h in hands:
    by_cat.setdefault(NAMES[h.score[0]], []).append(h.owner)
print(sorted(by_cat.items(), key=lambda kv: NAMES.index(kv[0])))
try:
    Hand("bad", "1H 2H 3H 4H 5H")
except ValueError as e:
    print("bad hand:", e)
