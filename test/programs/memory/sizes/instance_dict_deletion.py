# Deleting an attribute makes that instance's __dict__ a combined table (and ends key sharing up to 3.10).
import sys
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
a = P()
b = P()
print(sys.getsizeof(a.__dict__) == sys.getsizeof(b.__dict__))
del a.x
print(sys.getsizeof(a.__dict__), list(a.__dict__))
c = P()
print(sys.getsizeof(c.__dict__), list(c.__dict__))
c.z = 3
print(len(c.__dict__), sorted(c.__dict__))
