# A binary search tree: insert, traversals (recursive and iterative), height and deletion.
class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None

def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root

def inorder(n):
    return inorder(n.left) + [n.key] + inorder(n.right) if n else []

def preorder_iter(root):
    out, stack = [], [root]
    while stack:
        n = stack.pop()
        if n:
            out.append(n.key)
            stack.append(n.right)
            stack.append(n.left)
    return out

def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))

def delete(root, key):
    if root is None:
        return None
    if key < root.key:
        root.left = delete(root.left, key)
    elif key > root.key:
        root.right = delete(root.right, key)
    else:
        if root.left is None:
            return root.right
        if root.right is None:
            return root.left
        succ = root.right
        while succ.left:
            succ = succ.left
        root.key = succ.key
        root.right = delete(root.right, succ.key)
    return root

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root))
print(preorder_iter(root), height(root))
for k in [20, 30, 50, 99]:
    root = delete(root, k)
    print(k, inorder(root), root.key)
