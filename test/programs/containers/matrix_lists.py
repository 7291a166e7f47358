# matrices as lists of lists: construction pitfalls ([[0]*n]*m aliasing), transpose, multiply, row/column slices
n = 3
bad = [[0] * n] * n
bad[0][0] = 1
print(bad, bad[0] is bad[1])
good = [[0] * n for _ in range(n)]
good[0][0] = 1
print(good, good[0] is good[1])
a = [[1, 2, 3], [4, 5, 6]]
t = [list(col) for col in zip(*a)]
print(t)
def matmul(x, y):
    return [[sum(x[i][k] * y[k][j] for k in range(len(y))) for j in range(len(y[0]))] for i in range(len(x))]
print(matmul(a, t), matmul(t, a))
ident = [[int(i == j) for j in range(4)] for i in range(4)]
print(ident, [row[1] for row in ident], ident[1:3], [r[::-1] for r in ident[:2]])
m = [row[:] for row in a]
m[1][1:] = [50, 60]
print(a, m)
flat = [v for row in m for v in row]
print(flat, sum(flat), max(map(max, m)), [sum(col) for col in zip(*m)])
grid = [[(r * 4 + c) % 7 for c in range(4)] for r in range(4)]
grid.sort(key=lambda row: (sum(row), row))
print(grid)
del grid[::2]
print(grid)
