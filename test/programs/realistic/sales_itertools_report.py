# A shop's weekly sales report with itertools: sales grouped by day (sorted, then groupby),
# running totals (accumulate), a side-by-side table of two weeks (zip_longest), price grids
# (product), discounts applied with starmap, and the quiet start of the week skipped
# (dropwhile) or kept (takewhile), a few items picked with compress.
from itertools import accumulate, compress, dropwhile, groupby, product, starmap, takewhile, zip_longest

sales = [
    ("Mon", "tea", 3), ("Tue", "cake", 5), ("Mon", "coffee", 4), ("Wed", "tea", 2),
    ("Tue", "tea", 3), ("Thu", "cake", 6), ("Wed", "coffee", 4), ("Fri", "coffee", 7),
]
order = ["Mon", "Tue", "Wed", "Thu", "Fri"]
by_day = sorted(sales, key=lambda s: order.index(s[0]))
daily = []
for day, rows in groupby(by_day, key=lambda s: s[0]):
    total = sum(qty for _, _, qty in rows)
    daily.append(total)
    print(day, total)
print("running", list(accumulate(daily)))
print("best so far", list(accumulate(daily, max)))

last_week = [9, 4, 11]
for this, before in zip_longest(daily, last_week, fillvalue=0):
    print(f"{this:3} {before:3} {this - before:+d}")

prices = {"tea": 2.5, "cake": 4.0, "coffee": 3.0}
sizes = {"small": 1.0, "large": 1.5}
for (item, price), (size, factor) in product(prices.items(), sizes.items()):
    print(item, size, price * factor)

discounted = list(starmap(lambda price, pct: round(price * (100 - pct) / 100, 2), [(10.0, 10), (4.0, 25), (7.5, 0)]))
print(discounted)
print(list(dropwhile(lambda n: n < 7, daily)), list(takewhile(lambda n: n < 10, daily)))
print(list(compress(order, [n > 8 for n in daily])))
