# Augmented assignment on names, attributes, subscripts; annotated assignments; del.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 7.5
f /= 2
print(f)
bits = 0b1010
bits |= 0b0101; bits &= 0b1100; bits ^= 0b0001; bits <<= 2; bits >>= 1
print(bits)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class Box:
    def __init__(self):
        self.count = 0
b = Box()
b.count += 4
print(b.count)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 9
print(grid)
counts = {"a": 1}
counts["a"] += 1
counts["b"] = counts.get("b", 0) + 1
print(counts)
total: int = 0
name: str
print(total)
values = [1, 2, 3, 4, 5]
del values[0]
del values[-1]
print(values)
del values[:1]
print(values)
dd = {"x": 1, "y": 2}
del dd["x"]
print(dd)
tmp = 5
del tmp
try:
    print(tmp)
except NameError as e:
    print(e)
try:
    del dd["nope"]
except KeyError as e:
    print("KeyError", e)
