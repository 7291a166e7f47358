# At exit the collector first runs while __main__ is still held: cycles the script dropped
# without a gc.collect() are finalized then, before what __main__ holds.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("finalized", self.name)


def looping(name, box):
    try:
        while True:
            yield box
    finally:
        print("closed", name)


gc.disable()
kept = Node("kept in a cycle")
Node("dropped cycle")
box = []
g = looping("dropped generator", box)
next(g)
box.append(g)
del g, box
a, b = Node("pair a"), Node("pair b")
a.other, b.other = b, a
del a, b
print("end of script")
