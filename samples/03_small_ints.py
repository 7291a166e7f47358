# Integers from -5 to 256 are created once and shared; every other int the program
# computes at run time is a new object, freed as soon as nothing refers to it.
# (999 + 1 written in the source is folded by the compiler into the constant 1000.)
a = 256
b = int("256")
print(a is b)

c = 1000
d = int("1000")
print(c == d, c is d)

e = 999 + 1
print(c is e)

total = 0
for i in range(300, 310):
    total += i
print(total)
