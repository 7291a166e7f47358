# A module-level annotated assignment of a name a function declared global, and after a module-level global statement.
def f():
    global x
    x = 1
x: int = 0
f()
print(x, __annotations__)
global y
y: int = 2
print(y)
