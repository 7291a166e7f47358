def matmul(a, b):
    rows, cols, inner = len(a), len(b[0]), len(b)
    result = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            acc = 0
            for k in range(inner):
                acc += a[i][k] * b[k][j]
            result[i][j] = acc
    return result

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

m = [[1, 2], [3, 4]]
print(matmul(m, identity(2)) == m, matmul(m, m))
