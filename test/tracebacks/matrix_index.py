matrix = [[1, 2], [3, 4]]
print(matrix[1][2])
