# Objects: instances with attributes and method calls.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


acc = 0
for i in range(50000):
    p = Point(i, i + 1)
    acc += p.norm2()
print(acc)
