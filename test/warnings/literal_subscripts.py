# A literal subscripted that cannot be (compile.c check_subscripter), or a literal sequence
# indexed by a literal of the wrong type (check_index): SyntaxWarnings for loads only, not
# stores, deletes or augmented assignments; 3.8 does not check a subscript with a slice in a
# tuple (an ExtSlice there). Each raises the TypeError at run time.
x = [1]
attempts = [
    lambda: 1[0], lambda: 1.5[0], lambda: 2j[0], lambda: None[0], lambda: ...[0], lambda: True[0],
    lambda: {1}[0], lambda: {i for i in x}[0], lambda: (i for i in x)[0], lambda: (lambda: 1)[0],
    lambda: 1[0:1], lambda: 1['a'], lambda: (1 + 2)[0],
    lambda: [1, 2]['a'], lambda: "ab"[1.0], lambda: (1, 2)['a'], lambda: b"ab"[None],
    lambda: [i for i in x][1.5], lambda: f"{x}"['a'], lambda: "ab"[1, 2], lambda: "ab"[...],
    lambda: "ab"[{}], lambda: "ab"[[1]], lambda: "ab"[lambda: 1], lambda: "ab"[1 + 2j],
    lambda: (x, 1)[f"{x}"], lambda: [1]["ab"[1.0]], lambda: "ab"[1:2, 3],
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e)
# No warning: int and bool indices, slices, names, dicts, stores and deletes.
print("ab"[True], "ab"[1:], (1, 2)[x[0]], {}.get(1), {"a": 1}["a"], [1][0])
def quiet(d):
    d[0] = 1
    del d[0]
    d[0:1] = []
quiet([5])
"ab"[1.0]
