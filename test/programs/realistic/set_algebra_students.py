# Course enrolment with sets: all operators and their method forms, in-place updates,
# frozensets as dict keys, comparisons, and the errors of remove/pop.
math_cls = {"ann", "bob", "cid", "dee"}
art_cls = {"cid", "dee", "eve"}
music_cls = frozenset({"ann", "eve", "fay"})
print(sorted(math_cls | art_cls), sorted(math_cls & art_cls), sorted(math_cls - art_cls), sorted(math_cls ^ art_cls))
print(sorted(math_cls.union(art_cls, music_cls)), sorted(math_cls.intersection(art_cls, ["dee"])), sorted(math_cls.difference(art_cls, music_cls)), sorted(math_cls.symmetric_difference(music_cls)))
print(type(music_cls | math_cls).__name__, type(math_cls | music_cls).__name__, type(music_cls.copy()).__name__, music_cls.copy() is music_cls)
print({"cid"} <= art_cls, {"cid"} < art_cls, art_cls <= art_cls, art_cls < art_cls, art_cls >= {"eve"}, math_cls.issubset(math_cls | art_cls), art_cls.issuperset(["cid"]), math_cls.isdisjoint(music_cls - {"ann"}))
print(frozenset("ab") == {"a", "b"}, {1, 2} == {2, 1}, {1} != {1.0}, set() == frozenset(), {frozenset({1})} == {frozenset([1])})
s = set(math_cls)
s |= {"gus"}
s &= math_cls | {"gus", "hal"}
s -= {"ann"}
s ^= {"bob", "ivy"}
print(sorted(s))
s.update(["jo"], ("kim",), {"lee": 1})
s.intersection_update({"jo", "kim", "lee", "cid", "zed"})
s.difference_update("z")
s.symmetric_difference_update({"cid", "max"})
print(sorted(s))
s.add("ned")
s.discard("nobody")
s.remove("ned")
print(len(s), "jo" in s, "ned" not in s)
for call in [lambda: s.remove("nobody"), lambda: set().pop(), lambda: {[1]}, lambda: s | ["x"], lambda: s < ["x"], lambda: frozenset().add]:
    try:
        r = call()
        print("no error", r if not callable(r) else "method")
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
pairs = {frozenset({"ann", "bob"}): "lab partners", frozenset({"cid", "dee"}): "study group"}
print(pairs[frozenset(["bob", "ann"])], frozenset({"dee", "cid"}) in pairs)
grades = {"ann": 91, "bob": 78, "cid": 85, "dee": 62, "eve": 99}
honours = {n for n, g in grades.items() if g >= 85}
print(sorted(honours), sorted(honours & math_cls), sorted(set(grades) - honours))
print(set(), frozenset(), set("hello") == set("olleh"), len(set(range(100)) & set(range(50, 150))), sorted({x % 7 for x in range(30)}))
print({1, 2, 3}, {3, 2, 1}, {"single"}, frozenset({42}), {True, 1, 1.0}, {0, False, 0.0, -0.0}, {(1, 2), (1, 2)})
print(sorted({"b", "a", "c"}, reverse=True), min(frozenset({3, 1, 2})), sum({1, 2, 3}), sorted(map(len, {"aa", "b", "ccc"})))
t = set()
for word in "the quick the lazy the end".split():
    if word in t:
        print("seen", word)
    t.add(word)
print(sorted(t), len(t))
print(sorted(frozenset("abc") & set("bcd")), sorted(set("abc").__or__(frozenset("x"))), set.union(*[{1}, {2}, {3}]), set().union(), frozenset.intersection(frozenset("ab"), "bc"))
e = {"x", "y"}
e.clear()
print(e, bool(e), bool({0}), {1, 2}.__len__(), {*"set", *"unpack"} == set("setunpack"))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
