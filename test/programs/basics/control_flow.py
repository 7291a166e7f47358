# if/elif/else, while/else, for/else, break and continue, nested loops, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"
print([classify(i) for i in (-2, 0, 3, 8)])
def find_first_square(nums):
    for n in nums:
        if n < 0:
            continue
        r = int(n ** 0.5)
        if r * r == n:
            print("found", n)
            break
    else:
        print("none found")
find_first_square([3, -4, 7, 16, 25])
find_first_square([2, 3])
i = 0
while i < 3:
    i += 1
else:
    print("while ended normally at", i)
while True:
    i -= 1
    if i == 0:
        break
print("i", i)
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if a + b == 3:
            break
        print(a, b)
x = 5
print("big" if x > 3 else "small", "neg" if x < 0 else "pos" if x > 0 else "zero")
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x < 5)
print(not x, not 0, x and "yes", 0 or "default", None or 0 or [] or "last")
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
else:
    print("empty containers are false")
count = 0
for _ in range(100):
    if count >= 5:
        break
    count += 1
print(count)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
