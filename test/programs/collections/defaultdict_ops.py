# collections.defaultdict: __missing__ through the factory, the grouping and counting loops,
# repr, copy, equality with a dict, a factory of None, and the sizes of the dict it is.
import sys
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), len(groups), "z" in groups, groups.get("z"), len(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["q"], len(counts))
print(sorted(counts.items()))

dd = defaultdict(None, {"a": 1})
print(dd, dd.default_factory)
try:
    dd["missing"]
except KeyError as e:
    print("KeyError", e)

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(len(nested), nested["x"]["y"], type(nested["x"]).__name__)

c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory is int)
print(defaultdict(int, a=1) == {"a": 1}, isinstance(counts, dict))
s = defaultdict(set)
s[1].add(2)
s.default_factory = list
s[2].append(3)
print(s)
print(sys.getsizeof(defaultdict()) - sys.getsizeof({}), sys.getsizeof(defaultdict(int, {1: 2})) - sys.getsizeof({1: 2}))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
r = defaultdict(list)
r["self"] = r
print(r)
