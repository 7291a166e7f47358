# AttributeError on an int: CPython 3.11's exact message.
x = 5
print(x + 1)
x.foo
