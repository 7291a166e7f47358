# Each `del` target carries its own line and position: the failing one on the statement's
# second line is the one the traceback shows (3.11+ mark it alone).
class Box:
    pass


b = Box()
b.x = 1
scratch = {}
del (scratch,
     b.x, b.y)
