# A walrus may not rebind an enclosing comprehension's iteration variable.
grid = [[(j := j) for i in range(5)] for j in range(5)]
