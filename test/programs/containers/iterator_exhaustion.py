# iterators are single-use: exhausted iterators, list() twice, iter() of an iterator, partial consumption with zip and next
it = iter([1, 2, 3])
print(list(it), list(it))
gen = (x * x for x in range(4))
print(sum(gen), sum(gen))
it = iter(range(6))
print(iter(it) is it, next(it), list(zip(it, it)))
m = map(str, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, [0, 1, 2])
print(list(f), list(f))
e = enumerate("ab")
print(list(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
d = {1: "a", 2: "b"}
ki = iter(d.items())
print(next(ki), list(ki), list(ki))
s = iter({10, 20})
print(sorted(s), list(s))
words = iter("one two three four".split())
for w in words:
    if w == "two":
        break
print(list(words))
nums = [1, 2, 3, 4, 5, 6]
it = iter(nums)
print([(a, b) for a, b in zip(it, it)])
print(list(iter(iter(iter([7])))))
