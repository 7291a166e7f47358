# Allocation loop: many short-lived floats and tuples.
total = 0.0
for i in range(200000):
    p = (i * 0.5, i + 1)
    total += p[0]
print(total)
