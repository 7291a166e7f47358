# An __init__ that returns something other than None is a TypeError naming the type of
# what it returned; the new instance is dropped with it.
class B:
    def __init__(self, value):
        self.data = [1, 2, 3]
        return value


for value in (1, 'text', [], None):
    try:
        print(type(B(value)).__name__)
    except TypeError as e:
        print(e)
