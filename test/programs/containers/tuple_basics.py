# tuple construction, indexing, slicing, concatenation, repetition, comparison, hashing and repr
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 * t, () * 3, len(t))
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(tuple(x * 2 for x in range(4)))
print(t == (1, 2, 3), t < (1, 2, 4), t < (1, 2), (1, 2) < t, (2,) > t, t != (1, 2, 3.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash(((1, 2), (3, 4))), hash((-1,)), hash((1.5, True)))
print(((1, 2), [3]), ((),), (((1,),),))
d = {(1, 2): "a", (3, 4): "b"}
print(d[(1, 2)], d[3, 4])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
try:
    t["a"]
except TypeError as e:
    print("TypeError:", e)
a, *rest = t
print(a, rest)
print(3 in t, 5 in t, 2.0 in t)
x = tuple(t)
print(x is t)
