# A with statement whose body ends with a loop: when the loop runs out, 3.8 and 3.9 call
# __exit__ from instructions with no line of their own, on the range of the body's last
# line (tracemalloc's PyCode_Addr2Line), and the frame __exit__ takes is made there.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def lines_from(name, n):
    with Resource(name) as r:
        for i in range(n):
            yield r.name, i


def totals(names):
    with Resource("t"):
        while names:
            names.pop()
    return len(names)


pairs = list(lines_from("a", 3))
left = totals(["x", "y"])
print(pairs, left)
