# break, continue and return inside try/finally and with blocks run the finally/exit code.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("no else after break")

i = 0
while i < 4:
    i += 1
    with CM(f"w{i}"):
        if i == 2:
            continue
        if i == 3:
            break
        print("in with", i)
else:
    print("while else not reached")

def find(items, target):
    for idx, it in enumerate(items):
        with CM("find"):
            try:
                if it == target:
                    return idx
            finally:
                print("checked", it)
    return -1

print(find([5, 6, 7], 6))
print(find([5], 9))

for x in range(3):
    try:
        try:
            if x == 1:
                break
        finally:
            print("inner", x)
    finally:
        print("outer", x)

def nested_return():
    for a in range(3):
        for b in range(3):
            try:
                if a * b == 2:
                    return (a, b)
            except Exception:
                pass
    return None

print(nested_return())
n = 0
while True:
    n += 1
    if n > 5:
        break
else:
    print("unreachable")
print("n", n)
for q in []:
    pass
else:
    print("for else on empty")
