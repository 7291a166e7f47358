# an inventory kept in dicts: restocking, orders with insufficient stock, reports sorted by value and by name
inventory = {}
def restock(item, qty, price):
    entry = inventory.setdefault(item, {"qty": 0, "price": price})
    entry["qty"] += qty
    entry["price"] = price
def order(item, qty):
    try:
        entry = inventory[item]
    except KeyError:
        return f"no such item: {item}"
    if entry["qty"] < qty:
        return f"only {entry['qty']} {item} left"
    entry["qty"] -= qty
    if entry["qty"] == 0:
        del inventory[item]
    return f"shipped {qty} {item}"
for item, qty, price in [("bolt", 100, 0.25), ("nut", 250, 0.1), ("gear", 12, 7.5), ("bolt", 50, 0.3), ("belt", 3, 12.0)]:
    restock(item, qty, price)
for item, qty in [("bolt", 20), ("gear", 13), ("belt", 3), ("cog", 1), ("nut", 250)]:
    print(order(item, qty))
print(inventory)
value = {k: round(v["qty"] * v["price"], 2) for k, v in inventory.items()}
print(sorted(value.items(), key=lambda kv: kv[1], reverse=True))
print(sorted(inventory), list(inventory), len(inventory))
low = [k for k, v in inventory.items() if v["qty"] < 20]
print("low stock:", low)
totals = {}
for name, qty in [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]:
    totals[name] = totals.get(name, 0) + qty
print(totals, max(totals, key=totals.get), sum(totals.values()))
