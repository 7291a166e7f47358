# An uncaught exception raised while handling another prints both, joined by "During handling...".
def parse(s):
    return int(s)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            raise LookupError("cannot load " + v)
    return out

print(load(["1", "2"]))
load(["3", "x"])
