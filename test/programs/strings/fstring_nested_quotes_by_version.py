# The same quote nested in an f-string's field: a SyntaxError before 3.12 (the string ends there), allowed by PEP 701 from 3.12.
d = {"k": 1}
print(f"{d["k"]}")
print(f"{"a" + "b"}", f"{d['k']!r:>4}")
