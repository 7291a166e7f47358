# `*args` after `**kwargs` in a call: 3.10 underline the arguments before it, 3.11/3.12 point
# at the star, 3.13 underline from the comma to one character before the parser's position.
def f(*args, **kwargs):
    return args
options = {"a": 1}
f(**options, *[1, 2], 3)
