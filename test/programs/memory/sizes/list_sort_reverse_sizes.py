# sys.getsizeof of lists through sort/reverse/copy/slice/del/extend from tuple, and list * n of varying lengths.
import sys
sz = sys.getsizeof
xs = []
for i in range(20):
    xs.append(20 - i)
print("appended:", sz(xs))
xs.sort()
print("sorted:", sz(xs), sz(sorted(xs)), sz(xs[:]), sz(xs.copy()), sz(list(xs)))
xs.reverse()
print("reversed:", sz(xs), sz(list(reversed(xs))), sz(xs[::-1]), sz(xs[::2]))
del xs[5:]
print("del slice:", sz(xs))
del xs[:]
print("del all:", sz(xs))
xs.extend((1, 2, 3))
print("extend tuple:", sz(xs))
xs.extend(range(10))
print("extend range:", sz(xs))
xs += "abcdefgh"
print("iadd str:", sz(xs))
for n in range(0, 10):
    print(n, sz([0] * n), sz([None, None] * n), sz(list(range(n))), sz([*range(n)]), sz([i for i in range(n)]))
ys = list(range(8))
ys *= 3
print("imul:", sz(ys))
ys[2:20] = []
print("slice assign smaller:", sz(ys), len(ys))
ys[1:1] = range(30)
print("slice insert:", sz(ys), len(ys))
zs = [1, 2, 3]
zs.remove(2)
zs.pop()
print("remove/pop:", sz(zs))
zs.insert(0, 9)
print("insert:", sz(zs))
