# set and frozenset of ints: add/discard/remove/pop/clear, membership, len, repr, iteration order of small ints
s = {3, 1, 2}
s.add(5)
s.add(1)
print(s, len(s), 1 in s, 4 in s, 4 not in s)
s.discard(3)
s.discard(99)
s.remove(5)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = {10, 20, 30}
print(p.pop(), p.pop(), p)
p.clear()
print(p, len(p), set(), frozenset())
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2, 3, 2, 1])
print(f, len(f), 2 in f, set(f), frozenset(f) is f)
print(set(range(10)), set([5, 4, 3]), set((1,)), {x % 3 for x in range(10)})
print(set([-1, -2, 7, 64, 100, 1000]), {1000, 64, 100, 7, 39, 71, 103})
print({1, 1.0, True}, {0, False, 0.0})
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset().add(1)
except AttributeError as e:
    print("AttributeError:", e)
print({frozenset({1, 2}), frozenset({2, 1})}, frozenset({1}) in {frozenset({1})}, {1, 2} in {frozenset({1, 2})})
q = {frozenset({1})}
q.remove({1})
print(q)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))), hash(frozenset({-1, -2})))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset([(1, 2)])))
