# Binary search tree implementing __iter__, __contains__, __len__, __reversed__ and __getitem__.
class _Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class TreeMap:
    def __init__(self, pairs=()):
        self.root = None
        self.size = 0
        for k, v in pairs:
            self[k] = v

    def __setitem__(self, key, value):
        parent, node = None, self.root
        while node is not None:
            if key == node.key:
                node.value = value
                return
            parent, node = node, node.left if key < node.key else node.right
        new = _Node(key, value)
        self.size += 1
        if parent is None:
            self.root = new
        elif key < parent.key:
            parent.left = new
        else:
            parent.right = new

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.size

    def __iter__(self):
        stack, node = [], self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __reversed__(self):
        def walk(node):
            if node is not None:
                yield from walk(node.right)
                yield node.key
                yield from walk(node.left)
        return walk(self.root)

    def height(self, node=None, top=True):
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def range(self, lo, hi):
        return [(k, self[k]) for k in self if lo <= k < hi]


words = "pear fig apple kiwi banana cherry grape lime mango date".split()
tm = TreeMap((w, len(w)) for w in words)
tm["fig"] = 33
print(len(tm), list(tm))
print(list(reversed(tm))[:4], "height", tm.height())
print("kiwi" in tm, "plum" in tm, tm["fig"])
print(tm.range("c", "l"))
try:
    tm["plum"]
except KeyError as e:
    print("missing:", e)
nums = TreeMap((n * 37 % 101, n) for n in range(20))
print(sum(1 for _ in nums), max(nums), min(nums), sorted(nums)[5:8] == list(nums)[5:8])
it = iter(nums)
print(next(it), next(it), [k for k in it if k % 2 == 0][:5])
print(dict(zip(tm, map(tm.__getitem__, tm))))
