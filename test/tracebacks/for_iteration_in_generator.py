def parse(lines):
    for line in lines:
        yield float(line)
def running(entries):
    balance = 0.0
    for amount in entries:
        balance += amount
        yield balance
print(list(running(parse(["1.5", "2", "three"]))))
