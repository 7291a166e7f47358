# list.pop with and without index, remove, and their errors
a = list(range(10))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove(5)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    a.pop(50)
except IndexError as e:
    print("IndexError:", e)
e = []
try:
    e.pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    e.pop(1, 2)
except TypeError as ex:
    print("TypeError:", ex)
b = [1, 2.0, 1, "1", True]
b.remove(1)
print(b)
b.remove(1)
print(b)
b.remove(True)
print(b)
while b:
    print("popped", b.pop())
