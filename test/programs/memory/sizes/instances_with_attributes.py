# getsizeof of an instance does not change with its number of attributes.
import sys
class C:
    pass
c = C()
print(sys.getsizeof(c))
for i in range(10):
    setattr(c, 'a' + str(i), i)
print(sys.getsizeof(c))
class D:
    def __init__(self):
        self.x = 1
        self.y = 2
print(sys.getsizeof(D()))
