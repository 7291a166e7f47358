# A function reads the same globals again and again while the module rebinds, deletes,
# shadows and re-adds them, and the globals dict grows: each read sees the current value.
def read_x():
    return x

def read_len():
    return len("abc")

x = 1
print(read_x())
x = "two"
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
globals()["".join(["x"])] = 3.5  # an equal key that is not the interned name
print(read_x())
for i in range(200):
    globals()["filler_%d" % i] = i  # the globals dict resizes several times
print(read_x())
x = [4]
print(read_x())

print(read_len())
len = lambda s: 42  # a global shadows the builtin
print(read_len())
del len
print(read_len())
globals()["".join(["l", "en"])] = lambda s: -1  # shadowed again, through an equal key
print(read_len())
del globals()["len"]
print(read_len())

# The module's own names, read by a loop at module level.
total = 0
for i in range(5):
    total = total + i
    if i == 2:
        del total
        total = 100
print(total)
for i in range(3):
    try:
        print(missing)
    except NameError:
        missing = i * 10
        print("defined", missing)
for i in range(150):
    del globals()["filler_%d" % i]
print(read_x(), total, missing, filler_199)
