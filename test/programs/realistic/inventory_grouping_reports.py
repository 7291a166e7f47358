# Grouping sales records: dicts of lists, nested dicts, sorting by several keys, a text table with totals.
sales = [
    ("2024-01", "north", "widget", 12, 2.50), ("2024-01", "south", "gadget", 3, 10.00),
    ("2024-01", "north", "gadget", 5, 10.00), ("2024-02", "south", "widget", 20, 2.40),
    ("2024-02", "east", "gizmo", 1, 99.99), ("2024-02", "north", "widget", 7, 2.50),
    ("2024-03", "east", "widget", 30, 2.30), ("2024-03", "south", "gizmo", 2, 95.00),
    ("2024-03", "north", "gadget", 8, 9.50), ("2024-03", "east", "gadget", 4, 9.75),
]

by_region = {}
for month, region, product, qty, price in sales:
    r = by_region.setdefault(region, {})
    r[product] = r.get(product, 0) + qty * price

products = sorted({s[2] for s in sales})
header = f"{'region':<8}" + "".join(f"{p:>10}" for p in products) + f"{'total':>10}"
print(header)
print("-" * len(header))
grand = 0.0
for region in sorted(by_region, key=lambda r: -sum(by_region[r].values())):
    row = by_region[region]
    total = sum(row.values())
    grand += total
    print(f"{region:<8}" + "".join(f"{row.get(p, 0):>10.2f}" for p in products) + f"{total:>10.2f}")
print(f"{'all':<8}" + " " * 10 * len(products) + f"{grand:>10.2f}")

monthly = {}
for month, *_, qty, price in sales:
    monthly[month] = monthly.get(month, 0) + qty
print(monthly, max(monthly, key=monthly.get))
top = sorted(sales, key=lambda s: (-s[3] * s[4], s[1]))[:3]
print([(s[1], s[2], round(s[3] * s[4], 2)) for s in top])
units = {p: sum(q for _, _, prod, q, _ in sales if prod == p) for p in products}
print(units, sorted(units.items(), key=lambda kv: kv[1]))
regions_per_product = {p: sorted({s[1] for s in sales if s[2] == p}) for p in products}
print(regions_per_product)
