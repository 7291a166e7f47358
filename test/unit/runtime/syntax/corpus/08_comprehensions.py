matrix = [[i * j for j in range(4)] for i in range(4)]
flat = [x for row in matrix for x in row if x % 2 == 0]
squares = {n: n * n for n in range(10) if n % 3}
letters = {c.upper() for c in "hello world" if c.isalpha()}
total = sum(x * x for x in range(100))
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
nested = {k: [v for v in range(k)] for k in range(5)}
gen = (a + b for a in range(3) for b in range(a))
print(flat, squares, letters, total, transposed, nested, list(gen))
