# A table with computed column widths, alignment specs, thousands separators and percentages.
rows = [("Widget", 1200, 3.5), ("Gadget", 45, 12.25), ("Thingamajig", 7, 199.999), ("Nut", 100000, 0.05)]
total = sum(q * p for _, q, p in rows)
w = max(len(r[0]) for r in rows)
header = f"{'item':<{w}} | {'qty':>7} | {'price':>8} | {'share':>6}"
print(header)
print("-" * len(header))
for name, q, p in rows:
    print(f"{name:<{w}} | {q:>7,} | {p:>8.2f} | {q * p / total:>6.1%}")
print(f"{'total':<{w}} | {sum(r[1] for r in rows):>7,} | {total:>8.2f} | {1:>6.1%}")
print("{:=^30}".format(" end "))
print("|".join(s.center(9) for s in ("a", "bb", "ccc")))
