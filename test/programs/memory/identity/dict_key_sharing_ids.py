# Instances of one class share their attribute-name strings with the class body.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
a = P(1, 2)
b = P(3, 4)
ka = list(a.__dict__)
kb = list(b.__dict__)
print(ka == kb, ka[0] is kb[0], ka[1] is kb[1])
print(a.__dict__ == {"x": 1, "y": 2})
