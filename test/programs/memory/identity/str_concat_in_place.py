# `s += t` grows s in place when nothing else holds it: CPython lets go of the variable's
# reference first (unicode_concatenate up to 3.10; from 3.11 only once BINARY_OP has
# specialized for a local), then PyUnicode_Append reallocates s's own block. Its id stays
# while the block's size class holds it.
import sys


def build(n):
    s = ''
    ids = []
    for i in range(n):
        s += 'ab'
        if id(s) not in ids:
            ids.append(id(s))
    return s, len(ids)


b0 = sys.getallocatedblocks()
s, moves = build(40)
print(len(s), moves, sys.getallocatedblocks() - b0)


def build_plus(n):
    s = 'start'
    seen = set()
    for i in range(n):
        s = s + 'x'
        seen.add(id(s))
    return len(seen)


print(build_plus(30))


def build_while(n):
    s = '-'
    seen = set()
    i = 0
    while i < n:
        s += 'cd'
        seen.add(id(s))
        i += 1
    return len(seen)


print(build_while(30))


def hashed(n):
    # A str whose hash was taken (a dict key) is never grown in place.
    s = 'key'
    seen = set()
    d = {}
    for i in range(n):
        d[s] = i
        s += 'k'
        seen.add(id(s))
    return len(seen)


print(hashed(12))


def closure(n):
    s = 'c'
    def add():
        nonlocal s
        s += 'zz'
        return id(s)
    return len({add() for _ in range(n)})


print(closure(20))

# At module level the name is in a dict: up to 3.10 it is deleted and stored again.
t = 'x'
seen = set()
for i in range(24):
    t += 'yz'
    seen.add(id(t))
print(len(seen), sys.getsizeof(t))
u = 'é'
u += 'abc'
print(sys.getsizeof(u), len(u))


def same_line(n):
    # 3.13 merges a store and a load on one line into one instruction, which is not grown into.
    s = 'a'
    seen = set()
    for i in range(n):
        s += 'b'; k = i
        seen.add(id(s))
    return len(seen)


print(same_line(20))
