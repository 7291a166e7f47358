data = list(range(20))
print(data[2:10:3], data[::-1], data[:3], data[-3:], data[:], data[::2])
data[1:3] = ["a", "b", "c"]
del data[::5]
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][::-1], data[len(data) // 2], "hello"[1:-1])
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2, ::3], g[..., 0], g[:, None], g[()])
