name, age = "Ann", 31
print("%s is %d years" % (name, age))
print("{} is {} years".format(name, age))
print("{0} {1} {0}".format("a", "b"), "{n:>5}|".format(n=name))
print(f"{name:*^11}", f"{age:#x}", f"{age / 7:.3e}", f"{1234567:,}")
table = [("x", 1), ("yy", 22)]
for label, num in table:
    print(f"{label:<4}{num:>4}")
print("-" * 8, "a,b,,c".split(","), "|".join(map(str, range(3))))
