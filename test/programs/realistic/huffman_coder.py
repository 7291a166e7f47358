# A Huffman coder: build a tree from character counts, encode, decode and report savings.
class Node:
    __slots__ = ("weight", "char", "left", "right", "order")

    def __init__(self, weight, order, char=None, left=None, right=None):
        self.weight = weight
        self.order = order
        self.char = char
        self.left = left
        self.right = right

    def is_leaf(self):
        return self.char is not None

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)


def build_tree(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    nodes = [Node(w, i, ch) for i, (ch, w) in enumerate(sorted(counts.items()))]
    order = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Node(a.weight + b.weight, order, left=a, right=b))
        order += 1
    return nodes[0], counts


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.char] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join(table[ch] for ch in text)


def decode(bits, root):
    if root.is_leaf():
        return root.char * len(bits)
    out = []
    node = root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf():
            out.append(node.char)
            node = root
    if node is not root:
        raise ValueError("trailing bits")
    return "".join(out)


def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))


samples = ["abracadabra", "mississippi river", "aaaaaaaa", "the quick brown fox jumps over the lazy dog"]
for text in samples:
    root, counts = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    assert decode(bits, root) == text
    packed = pack(bits)
    ratio = len(packed) / len(text.encode())
    print(f"{text[:20]!r:<23} {len(bits):4} bits {len(packed):3} bytes ratio {ratio:.2f}")
    common = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:4]
    print("   ", "  ".join(f"{c!r}={code}" for c, code in common), packed[:4].hex())

root, _ = build_tree("banana bandana")
table = codes(root)
weighted = sum(len(table[c]) for c in "banana bandana")
print("avg bits/char:", round(weighted / 14, 3), {c: table[c] for c in sorted(table)})
try:
    decode(encode("banana", table) + "1", root)
except ValueError as e:
    print("decode error:", e)
