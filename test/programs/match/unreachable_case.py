# A capture pattern before other cases makes them unreachable: CPython's compiler
# refuses the file (3.8/3.9 already stop at the match statement).
def f(command):
    match command:
        case "stop":
            return 0
        case other:
            return 1
        case "go":
            return 2


print(f("go"))
