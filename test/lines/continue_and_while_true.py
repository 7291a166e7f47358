n = 0
for c in range(10):
    if c in (1, 2) or c > 5:
        continue
    n += 1
while True:
    n -= 1
    if n < 0:
        break
