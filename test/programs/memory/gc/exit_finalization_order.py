# The order finalizers run at exit: the collection at exit finds the script's objects through
# __main__'s dict (older than them: start-up left it in an older generation) and moves each
# to the end of the collector's list as it reaches it, dict entries in order and a list's or
# tuple's items last first; the final collection then finalizes them in that order.
log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("finalized", self.name, "with", len(log), "logged")


items = [None, None, None]
items[0] = Tracked("items[0]")
items[1] = Tracked("items[1]")
pair = (Tracked("pair[0]"), Tracked("pair[1]"))
items[2] = Tracked("items[2]")
first = None
second = Tracked("second")
first = Tracked("first")
nested = {"inner": [Tracked("nested a"), Tracked("nested b")], "solo": Tracked("nested solo")}


def gen(name):
    try:
        yield name
    finally:
        print("closed", name)


g1 = gen("g1")
next(g1)
holder = [gen("in holder")]
next(holder[0])
print("end of script")
