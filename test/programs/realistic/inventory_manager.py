# An inventory with restocking, orders that may fail, and a report sorted by value.
stock = {"widget": [10, 2.5], "gadget": [3, 10.0], "doohickey": [0, 7.25]}
orders = [("widget", 4), ("gadget", 5), ("gizmo", 1), ("doohickey", 1), ("widget", 6)]
failed = []
for item, qty in orders:
    try:
        count, price = stock[item]
        if count < qty:
            raise ValueError(f"only {count} {item} left")
        stock[item][0] -= qty
        print(f"sold {qty} {item} for {qty * price}")
    except KeyError:
        failed.append((item, "unknown item"))
    except ValueError as e:
        failed.append((item, str(e)))
print(failed)
for item in stock:
    if stock[item][0] == 0:
        stock[item][0] = 5
report = sorted(((c * p, name) for name, (c, p) in stock.items()), reverse=True)
for value, name in report:
    print(name, value)
