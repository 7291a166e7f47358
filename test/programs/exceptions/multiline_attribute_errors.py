# An error in an attribute over several lines is reported on the line of the attribute's
# name from 3.10 (3.11+ with the caret under it): tb_lineno of loads, stores, method calls,
# augmented assignments and deletes, then an uncaught one through a method chain.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2)
attempts = []
try:
    (p
     .z)
except AttributeError as e:
    attempts.append(("load", e.__traceback__.tb_lineno))
try:
    (p
     .z) = 3
except AttributeError as e:
    attempts.append(("store", e.__traceback__.tb_lineno))
try:
    (p
     .missing(1,
              2))
except AttributeError as e:
    attempts.append(("method", e.__traceback__.tb_lineno))
try:
    (p
     .moved(dx=1)
     .moved(dz=2))
except TypeError as e:
    attempts.append(("keywords", e.__traceback__.tb_lineno))
try:
    (p
     .z) += 1
except AttributeError as e:
    attempts.append(("augmented", e.__traceback__.tb_lineno))
t = Point(0, 0)
try:
    del (t
         .x)
    del (t
         .x)
except AttributeError as e:
    attempts.append(("delete", e.__traceback__.tb_lineno))
for what, line in attempts:
    print(what, line)
q = (p
     .moved(1, 1)
     .moved(2, 2))
print(q.x, q.y)
last = ("""a
b"""
        .split()
        .nothing())
