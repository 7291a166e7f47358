class P:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return P(self.v + o.v)
items = {'a': P(1)}
z = items['a'] + items['a'] + P('x')
