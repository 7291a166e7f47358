# Or-patterns binding different names: 3.12+ point at the whole or-pattern, 3.10-3.11 at the last alternative.
def f(p):
    match p:
        case [x, 0] | [0, y]:
            pass
