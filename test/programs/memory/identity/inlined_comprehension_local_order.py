# A finished frame frees its locals in co_varnames order. From 3.12 a comprehension is inlined
# (PEP 709) and the compiler numbers its variable where it first meets it, so in
# `a, _ = f(), [g() for _ in m]` the name `_` comes before `a`: `_`'s objects are freed first,
# and the next new float takes `a`'s block, freed last; before 3.12 it takes the comprehension's.
ids = {}
w = 0.25

def make(tag):
    x = float(len(tag)) + 0.5
    ids[tag] = id(x)
    return x

def frees(m):
    a, _ = make("a"), [make("bb") for _ in m]
    return None

def frees_in_order(m):
    a, b = make("a"), [make("bb") for _ in m]
    return None

print(frees.__code__.co_varnames, frees_in_order.__code__.co_varnames)
frees([1])
y = w + 0.75
print("a's block first:", id(y) == ids["a"], "the comprehension's:", id(y) == ids["bb"])
del y
frees_in_order([1])
y = w + 0.75
print("a's block first:", id(y) == ids["a"], "the comprehension's:", id(y) == ids["bb"])
