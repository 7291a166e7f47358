# A singly linked list class with the container protocols: __len__, __iter__, __getitem__, __contains__, __reversed__.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError(i)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList(range(1, 6))
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.push(0)
print(list(reversed(ll)), sum(ll), max(ll), sorted(ll, reverse=True)[:3])
ll.reverse()
print(ll, ll.pop(), ll.pop(), len(ll))
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("error:", e)
try:
    ll[10]
except IndexError as e:
    print("index", e)
words = LinkedList("the quick brown fox".split())
print(words, [w.upper() for w in words if len(w) > 3], dict(enumerate(words)))
a, b, *rest = words
print(a, b, rest, bool(empty), bool(words))
