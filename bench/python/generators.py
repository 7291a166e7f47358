# A pipeline of generators: every item resumes three frames (gen_send_ex's swap of exc_info).
def numbers(n):
    for i in range(n):
        yield i


def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x


def squares(items):
    for x in items:
        yield x * x


total = 0
for _ in range(20):
    total += sum(squares(evens(numbers(10000))))
print(total)
