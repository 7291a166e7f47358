# Assignment expressions, extended unpacking, chained comparisons, while/else and for/else in everyday loops.
data = [4, 8, 15, 16, 23, 42, 7, 3]
if (n := len(data)) > 5:
    print(f"{n} items, mean {sum(data) / n:.2f}")
first, second, *middle, last = data
print(first, second, middle, last)
head, *tail = "hello"
print(head, tail, [*tail, *"!!"])
(a, b), c = (1, 2), 3
print(a, b, c)
chunks = []
stream = iter(data)
while (chunk := [x for _, x in zip(range(3), stream)]):
    chunks.append(chunk)
print(chunks)
for i, x in enumerate(data):
    if x > 40:
        print("found big at", i)
        break
else:
    print("no big value")
k = 0
while k < 3:
    k += 1
else:
    print("while finished with", k)
print([y for x in data if (y := x * 2) > 30], 1 < 2 < 3 > 2, 3 > 2 > 2)
pairs = [(i, s) for i, s in enumerate("abc")]
for i, (j, ch) in enumerate(pairs):
    print(i, j, ch, end="; ")
print()
swap_a, swap_b = "left", "right"
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1c1, *_), (*_, r2c3) = matrix
print(r1c1, r2c3, _)
totals = {}
for name, *scores in [("ann", 3, 4), ("bob", 5), ("cy",)]:
    totals[name] = sum(scores)
print(totals)
