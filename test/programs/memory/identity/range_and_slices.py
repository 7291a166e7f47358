# range and slice objects are created on use; their items come from the int cache.
r = range(10)
three, nine, five = 3, 9, 5
print(r[3] is three, r[-1] is nine, list(r)[5] is five)
big = range(1000, 1010)
print(big[0] is big[0], big[0] == 1000)
s = slice(1, 5)
one = 1
print(s.start is one, s.stop, s.step, slice(1, 5) is s)
