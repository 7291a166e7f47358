# AttributeError on an int: CPython 3.11's exact message.
x = 5
print(x.real)
x.foo
