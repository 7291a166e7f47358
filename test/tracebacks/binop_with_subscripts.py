values = [1, 2, 3]
total = values[0] + values[5] * 2
