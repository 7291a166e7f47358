# CSV-like parsing with quoted fields, then typed columns and a summary per group.
data = '''name,city,score
"Smith, J",Paris,81
Lee,"New York",92
O'Brien,Paris,77
"Chen ""CC""",Tokyo,88
'''
def parse_line(line):
    fields, cur, q, i = [], "", False, 0
    while i < len(line):
        c = line[i]
        if q:
            if c == '"' and line[i + 1:i + 2] == '"':
                cur += '"'
                i += 1
            elif c == '"':
                q = False
            else:
                cur += c
        elif c == '"':
            q = True
        elif c == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    fields.append(cur)
    return fields

lines = data.splitlines()
head = parse_line(lines[0])
recs = [dict(zip(head, parse_line(l))) for l in lines[1:] if l.strip()]
for r in recs:
    print(r)
by_city = {}
for r in recs:
    by_city.setdefault(r["city"], []).append(int(r["score"]))
for city, s in sorted(by_city.items()):
    print("%-9s n=%d mean=%.2f" % (city, len(s), sum(s) / len(s)))
