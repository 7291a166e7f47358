# An instance whose attribute is itself.
import gc
class Node:
    def __init__(self):
        self.me = self
gc.collect()
n = Node()
del n
print(gc.collect())
