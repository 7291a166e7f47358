# An inventory of items as small classes: __repr__, __eq__, ordering, totals by category, restocking.
class Item:
    __slots__ = ("name", "category", "price", "qty")

    def __init__(self, name, category, price, qty=0):
        self.name, self.category, self.price, self.qty = name, category, price, qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.category!r}, {self.price:.2f}, qty={self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.category) == (other.name, other.category)

    def __lt__(self, other):
        return (self.category, self.price) < (other.category, other.price)

    def __hash__(self):
        return hash((self.name, self.category))

    @property
    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.name in self.items:
            raise ValueError(f"duplicate item {item.name!r}")
        self.items[item.name] = item
        self.log.append(("add", item.name))

    def restock(self, name, n):
        try:
            self.items[name].qty += n
        except KeyError:
            self.log.append(("missing", name))
            return False
        self.log.append(("restock", name, n))
        return True

    def by_category(self):
        out = {}
        for it in self.items.values():
            out.setdefault(it.category, []).append(it)
        return {k: sorted(v) for k, v in sorted(out.items())}


inv = Inventory()
for spec in [("pen", "office", 1.5, 10), ("desk", "furniture", 120.0, 2), ("lamp", "furniture", 35.25, 4),
             ("stapler", "office", 8.99), ("chair", "furniture", 60.0, 6), ("ink", "office", 4.75, 30)]:
    inv.add(Item(*spec))
try:
    inv.add(Item("pen", "office", 2.0))
except ValueError as e:
    print("error:", e)
print(inv.restock("stapler", 5), inv.restock("sofa", 1))
for cat, items in inv.by_category().items():
    print(cat, [i.name for i in items], f"{sum(i.value for i in items):.2f}")
print(min(inv.items.values()), max(inv.items.values(), key=lambda i: i.value))
print(Item("pen", "office", 0) == inv.items["pen"], len({Item("a", "b", 1), Item("a", "b", 2)}))
print(inv.log[-3:], len(inv.log))
cheap = [i for i in inv.items.values() if i.price < 10]
print(sorted(cheap, key=lambda i: -i.qty))
