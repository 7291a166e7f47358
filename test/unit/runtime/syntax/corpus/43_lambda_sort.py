people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la")]
by_age = sorted(people, key=lambda p: p[1])
by_age_then_name = sorted(people, key=lambda p: (-p[1], p[0]))
pick = lambda *fields: lambda row: tuple(row[i] for i in fields)
names = list(map(lambda p: p[0].title(), people))
adults = list(filter(lambda p: p[1] >= 30, people))
default = lambda x=10, *, scale=2: x * scale
print(by_age, by_age_then_name, sorted(people, key=pick(2, 0)), names, adults, default(), default(3, scale=3))
