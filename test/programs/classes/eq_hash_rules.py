# __eq__ without __hash__ makes instances unhashable; __hash__ = None explicitly; inherited __hash__ with a subclass __eq__
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P(1) == P(1), P(1) != P(2), P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
class H(P):
    def __hash__(self):
        return hash(self.x)
print(len({H(1), H(1), H(2)}), H(3) in {H(3)})
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a), len({a, a}))
