# When automatic collections run: each Node is a cycle (it refers to itself), so only a
# collection frees it; how many are alive after every 50 shows where the collections fell,
# which follows from the counts the script started with.
import gc


class Node:
    alive = 0

    def __init__(self):
        Node.alive += 1
        self.me = self

    def __del__(self):
        Node.alive -= 1


seen = []
for i in range(1, 1501):
    Node()
    if i % 50 == 0:
        seen.append(Node.alive)
print(seen)
print(gc.get_count())
