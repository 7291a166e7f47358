# An assignment expression in a comprehension's iterable (symtable).
data = [x for x in range(3) for z in (w := [1])]
