# Inventory items with value semantics (__eq__/__hash__) stored in sets and dict keys.
class Item:
    def __init__(self, sku, name, size=None):
        self.sku = sku.upper()
        self.name = name
        self.size = size

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.sku, self.size) == (other.sku, other.size)

    def __hash__(self):
        return hash((self.sku, self.size))

    def __repr__(self):
        return f"Item({self.sku}{'/' + self.size if self.size else ''})"


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = {}

    def receive(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty

    def ship(self, item, qty):
        have = self.stock.get(item, 0)
        if qty > have:
            raise ValueError(f"{self.name}: only {have} of {item!r}")
        if have == qty:
            del self.stock[item]
        else:
            self.stock[item] = have - qty

    def items(self):
        return set(self.stock)


shirt_m = Item("tsh-01", "T-shirt", "M")
shirt_l = Item("TSH-01", "T-shirt", "L")
mug = Item("mug-7", "Mug")
cap = Item("cap-3", "Cap")

north, south = Warehouse("north"), Warehouse("south")
north.receive(shirt_m, 10)
north.receive(Item("TSH-01", "tee (dup)", "M"), 5)
north.receive(mug, 3)
south.receive(shirt_l, 4)
south.receive(mug, 8)
south.receive(cap, 2)

print("north:", sorted(north.stock.items(), key=lambda kv: kv[0].sku + (kv[0].size or "")))
print("same item?", shirt_m == Item("tsh-01", "other name", "M"), shirt_m == shirt_l, shirt_m == "TSH-01")
print("both:", north.items() & south.items())
print("only north:", north.items() - south.items())
print("either:", sorted(north.items() | south.items(), key=repr))
print("exclusive:", sorted(map(repr, north.items() ^ south.items())))

orders = [(north, mug, 2), (south, cap, 2), (north, shirt_l, 1), (south, mug, 9), (north, mug, 1)]
for wh, item, qty in orders:
    try:
        wh.ship(item, qty)
        print(f"shipped {qty} x {item!r} from {wh.name}")
    except ValueError as e:
        print("refused:", e)

totals = {}
for wh in (north, south):
    for item, qty in wh.stock.items():
        totals[item.sku] = totals.get(item.sku, 0) + qty
print("by sku:", dict(sorted(totals.items())))
seen = {shirt_m, shirt_l, Item("tsh-01", "x", "M"), mug, Item("MUG-7", "y")}
print(len(seen), sorted(seen, key=repr))
frozen = frozenset(seen)
print(mug in frozen, Item("cap-3", "z") in frozen, len(frozen | {cap}))
