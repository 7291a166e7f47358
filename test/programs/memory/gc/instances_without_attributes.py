# A cycle through a list of instances that never got an attribute.
import gc
class Leaf:
    pass
gc.collect()
box = [Leaf(), Leaf()]
box.append(box)
del box
print(gc.collect())
