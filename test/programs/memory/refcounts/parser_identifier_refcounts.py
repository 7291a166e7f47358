# The main script's parser arena keeps a reference to each identifier the parser made while
# the script runs: on 3.8 one per occurrence of the name in the source. 3.12 and 3.13 make the
# names of code objects immortal.
import sys


def rc(s):
    return sys.getrefcount(sys.intern(s))


print(rc("zq_a1"))
print(rc("zq_a2"))
zq_a2 = 1
print(rc("zq_a3"))
zq_a3 = 1
zq_a3 = 2
print(zq_a3)


class K:
    zq_a4 = 1


print(rc("zq_a4"))
k = K()
k.zq_a5 = 1
print(rc("zq_a5"))
print(k.zq_a5, k.zq_a5, k.zq_a5)
print(rc("zq_a5"))


def f(zq_a6):
    return zq_a6 + zq_a6


print(rc("zq_a6"))
print(rc("zq_a7"), "zq_a7")
