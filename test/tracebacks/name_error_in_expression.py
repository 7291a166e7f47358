def f(x):
    return x.upper() + undefined_name
f('a')
