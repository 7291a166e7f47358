# Inventory bookkeeping with dicts: views and their set operations, setdefault/pop/popitem,
# update's forms, | and |= (3.9+), fromkeys, comprehension, sorting items.
import sys

stock = {"apple": 5, "banana": 0, "cherry": 12}
incoming = {"banana": 24, "date": 7, "apple": 3}
print(stock.keys() & incoming.keys(), sorted(stock.keys() | incoming.keys()), stock.keys() - incoming.keys(), sorted(stock.keys() ^ incoming.keys()))
print(stock.keys() & {"apple", "zzz"}, stock.keys() | ["x"], stock.items() & {("apple", 5)}, ("apple", 5) in stock.items(), "apple" in stock.keys(), 5 in stock.values())
print(stock.keys() == {"apple", "banana", "cherry"}, stock.keys() <= incoming.keys() | stock.keys(), stock.keys().isdisjoint({"x"}), len(stock.items()))
print(list(reversed(stock)) if sys.version_info >= (3, 8) else None, list(reversed(stock.items())), list(reversed(stock.values())))
ks = stock.keys()
stock["elder"] = 1
print(ks, stock.values(), stock.items())
if sys.version_info >= (3, 10):
    print(ks.mapping == stock, type(ks.mapping).__name__)
else:
    print(True, "mappingproxy")

for name, qty in incoming.items():
    stock[name] = stock.get(name, 0) + qty
print(stock)
print(stock.setdefault("fig", 0), stock.setdefault("apple", 100), stock.setdefault("grape"))
print(stock.pop("grape"), stock.pop("nothing", "default"), stock.popitem(), stock)
for call in [lambda: stock.pop("nothing"), lambda: {}.popitem(), lambda: stock["missing"], lambda: stock.pop()]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
d = {}
d.update({"a": 1}, b=2)
d.update([("c", 3), ("d", 4)])
d.update(e=5)
d.update((k, v) for k, v in [("f", 6)])
print(d)
for bad in [lambda: d.update([1, 2]), lambda: d.update([("a", 1, 2)]), lambda: d.update(1), lambda: d.update({}, {}), lambda: dict([("a",)]), lambda: dict(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), []), dict(zip("xyz", range(3))), dict(a=1, **{"b": 2}))
if sys.version_info >= (3, 9):
    merged = stock | {"apple": 0, "kiwi": 9}
    merged |= [("lime", 2)]
    print(merged, {"a": 1} | {"a": 2})
    try:
        stock | [("x", 1)]
    except TypeError as e:
        print("TypeError", e)
else:
    merged = dict(stock, apple=0, kiwi=9)
    merged.update([("lime", 2)])
    print(merged, {"a": 2})
    print("TypeError unsupported operand type(s) for |: 'dict' and 'list'")

report = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
for name, qty in report:
    print(f"{name:<8}{qty:>4}")
print(sorted(merged, key=merged.get, reverse=True)[:3], max(merged, key=merged.__getitem__), min(merged.values()))
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v: k for k, v in squares.items()}, {**squares, 1: "one", **{9: 81}})
nested = {}
for word in "apple avocado banana blueberry cherry".split():
    nested.setdefault(word[0], {}).setdefault(len(word), []).append(word)
print(nested)
print(len(nested), list(nested), nested.get("z"), nested.get("z", {}), bool({}), {} == dict(), {1: 2} != {1: 3})
a = {1: "a", 2: "b"}
b = {2: "b", 1: "a"}
print(a == b, list(a) == list(b), a.copy() is a, a.copy() == a, repr({"k": {"k": [1, (2,)]}}))
r = {}
r["self"] = r
print(r, str(r))
try:
    for k in stock:
        stock[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
del stock["apple"]
try:
    del stock["apple"]
except KeyError as e:
    print("KeyError", e)
stock.clear()
print(stock, list(iter(stock.items())))
