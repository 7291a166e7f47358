x = 10
y = x // 0 if x > 5 else 1
