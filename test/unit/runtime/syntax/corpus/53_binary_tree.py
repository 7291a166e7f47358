class Tree:
    def __init__(self):
        self.root = None

    class _Node:
        __slots__ = "key", "left", "right"
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            return
        node = self.root
        while True:
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                return
            node = child

    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return list(walk(self.root))

    def height(self, node=None, _top=True):
        node = self.root if _top else node
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

t = Tree()
for k in [5, 3, 8, 1, 4, 9]:
    t.insert(k)
print(t.inorder(), t.height())
