# A bound method is a new object each time it is looked up.
class C:
    def m(self):
        return 1
c = C()
m1 = c.m
m2 = c.m
print(m1 == m2, m1 is m2, m1.__self__ is c, m1.__func__ is C.m)
one = 1
print(c.m() is one)
