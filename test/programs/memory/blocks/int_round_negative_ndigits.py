# round(int, -n): self - divmod_near(self, 10**n)[1], half to even. divmod_near's (q, r) pair is
# a 2-tuple that goes back to the tuple free list; up to 3.9 int.__round__ also packs its
# arguments into a 1-tuple. With those free lists drained, each shows as a block more.
import sys

for v, n in [(1234, -1), (1235, -1), (1245, -1), (-1235, -1), (-1245, -2), (10**30 + 5, -1),
             (15, -1), (25, -1), (-15, -1), (7, -5), (123456789, -3), (5, 0), (5, 2)]:
    print(v, n, round(v, n), v.__round__(n), round(v))

drain2 = [(i, i) for i in range(100)]
drain1 = [(i,) for i in range(100)]
before = sys.getallocatedblocks()
x = round(123456789, -3)
print("blocks after one round:", sys.getallocatedblocks() - before)
y = round(987654321, -3)
print("blocks after two:", sys.getallocatedblocks() - before, x, y)
