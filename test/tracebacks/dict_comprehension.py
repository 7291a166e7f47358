s = {i: i * 2 for i in range(3)}
t = {k: s[k + 1] for k in s}
