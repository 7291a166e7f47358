# An uncaught NameError inside a function: the traceback names both frames.
def greet(name):
    return "hello " + nme

print("start")
greet("x")
