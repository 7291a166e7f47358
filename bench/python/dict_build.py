# Dict building with int and str keys.
d = {}
for i in range(100000):
    d[i] = i * 2
names = {}
for i in range(20000):
    names["k" + str(i)] = i
print(len(d), len(names), d[99999], names["k19999"])
