class A:
    pass
a = A()
print(a.missing)
