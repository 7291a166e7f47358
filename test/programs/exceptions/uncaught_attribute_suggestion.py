# An uncaught AttributeError's display suggests the closest name in dir() of its object (3.10+).
class A:
    def __init__(self):
        self.color = 1
A().colour
