# with statements of several items: 3.10 leaves the outer item's POP_BLOCK without a line, so its
# __exit__ call traces the with line again, unless a small exit after the statement was copied there.
class S:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def f():
    with S(), S():
        x = 1
def g():
    with S(), S():
        x = 1
    return 5
def h():
    with S(), S():
        x = 1
    y = 2
    print(y)
def k():
    for i in range(2):
        with S(), S():
            x = 1
f(); g(); h(); k()
with S(), S():
    x = 1
print(x)
