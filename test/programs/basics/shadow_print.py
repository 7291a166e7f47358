# Rebinding the name print (it is an ordinary builtin name in Python 3).
def quiet():
    print = lambda *a: None
    print("hidden")
    return "done"
print(quiet())
print = len
result = print("abc")
del print
print(result)
