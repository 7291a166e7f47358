inventory = {"apple": 3, "pear": 0, **{"kiwi": 7}}
inventory["banana"] = inventory.get("banana", 0) + 5
del inventory["pear"]
for key, count in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])):
    print(key, count)
merged = {**inventory, "fig": 1} | {"date": 2}
merged |= {"apple": 10}
counts = {}
for word in "the cat and the hat".split():
    counts[word] = counts.setdefault(word, 0) + 1
inverse = {v: k for k, v in counts.items()}
print(merged, counts, inverse, list(zip(*counts.items())))
