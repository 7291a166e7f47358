# A positional argument after a keyword one: 3.10+ report it at the closing parenthesis.
def f(a, b):
    return a + b
f(a=1,
  2)
