# == compares values, is compares objects: the caches decide when they agree.
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b)
n = 300
m = n + 0
print(n == m, n is m)
k = 100
j = k + 0
print(k is j)
s = "py" * 2
pp = "pypy"
print(s == pp, s is pp)
print(None is None, True is (1 == 1), ... is Ellipsis)
