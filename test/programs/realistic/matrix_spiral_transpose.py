# Matrices as lists of lists: spiral order, transpose with zip, rotation, and a determinant by expansion.
def make(n, m):
    return [[r * m + c + 1 for c in range(m)] for r in range(n)]

def spiral(a):
    out = []
    while a:
        out.extend(a.pop(0))
        a = [list(row) for row in zip(*a)][::-1]
    return out

def transpose(a):
    return [list(col) for col in zip(*a)]

def rotate(a):
    return [list(row)[::-1] for row in zip(*a)]

def det(a):
    if len(a) == 1:
        return a[0][0]
    total = 0
    for j, v in enumerate(a[0]):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * v * det(minor)
    return total

m = make(3, 4)
print(m)
print(spiral([row[:] for row in m]))
print(transpose(m))
print(rotate(make(3, 3)))
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det(make(3, 3)), det([[4]]))
ident = [[int(i == j) for j in range(4)] for i in range(4)]
print(ident == transpose(ident), sum(map(sum, ident)), [row.count(0) for row in ident])
flat = [x for row in make(2, 3) for x in row]
print(flat, flat[::2], flat[-1:-4:-1])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(grid, alias)
