import gc; print(gc.get_count())
# The counts a script starts with: start-up's residue plus what compiling the script
# allocated (its functions' symbol tables and compiler units, the code objects' tuples),
# and the counts after the script's own allocations.
def pair(a, b):
    return [a, b]


class Box:
    def __init__(self, item):
        self.item = item


gc.disable()
print(gc.get_count())
rows = [pair(i, i + 1) for i in range(50)]
print(gc.get_count())
boxes = [Box(r) for r in rows]
print(gc.get_count())
del rows, boxes
print(gc.get_count())
