# An instance holding a dict that holds the instance.
import gc
class Owner:
    def __init__(self):
        self.registry = {'owner': self}
gc.collect()
o = Owner()
del o
print(gc.collect())
