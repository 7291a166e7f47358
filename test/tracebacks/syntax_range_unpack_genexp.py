# A starred generator after `**kwargs`: 3.13 underline up to the `for` (less its last letter).
options = {"a": 1}
print(**options, *x for x in [1, 2])
