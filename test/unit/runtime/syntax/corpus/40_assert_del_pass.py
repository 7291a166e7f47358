class Empty:
    pass

def noop(*_):
    pass

values = [1, 2, 3]
assert values, "must not be empty"
assert len(values) == 3
x = y = z = 0
del x, y
del values[0], values[-1]
e = Empty(); e.attr = 1; del e.attr
if values:
    pass
elif not values:
    pass
else:
    noop()
print(values, z)
