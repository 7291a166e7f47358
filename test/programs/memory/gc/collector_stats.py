# gc.get_stats(): per generation, the collections made, the objects they collected and the
# uncollectable ones, from what start-up left through automatic and explicit collections.
import gc
import sys


def show(label):
    print(label, [(s['collections'], s['collected'], s['uncollectable']) for s in gc.get_stats()], gc.get_count())


print([(s['collections'], s['collected'], s['uncollectable']) for s in gc.get_stats()][1:])
print([sorted(s) for s in gc.get_stats()], list(gc.get_stats()[0]))
# A full collection first: how many objects the script's first lines left unreachable
# varies with the start-up's count, which a collection resets.
gc.collect()
show('start')


class Node:
    def __init__(self):
        self.other = None


def pairs(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


pairs(500)
show('after 500 cycles')
print(gc.collect(0))
show('collect(0)')
pairs(20)
print(gc.collect(1))
show('collect(1)')
pairs(7)
print(gc.collect())
show('collect()')
keep = [[] for _ in range(3000)]
show('3000 lists')
before = sys.getallocatedblocks()
stats = gc.get_stats()
print('blocks of get_stats', sys.getallocatedblocks() - before)
