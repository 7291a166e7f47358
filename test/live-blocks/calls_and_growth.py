# Blocks made inside functions belong to the line in the function that made them; a
# realloc gives the block to the line that grew it.
def make_pair(n):
    return [n, str(n) * 3]

def grow(items, count):
    for i in range(count):
        items.append(i * 1000)

kept = []
kept.append(make_pair(7))
kept.append(make_pair(12345))
numbers = []
grow(numbers, 40)
table = {}
for i in range(20):
    table[str(i) * 4] = i
text = "-".join(str(n) for n in range(30))
print(len(kept), len(numbers), len(table), len(text))
