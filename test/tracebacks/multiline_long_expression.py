def f(x):
    return x
y = (f(1) +
     f(2) +
     f(3) +
     f(4) +
     f('5'))
