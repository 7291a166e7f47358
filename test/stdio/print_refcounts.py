# A printed str may be held by sys.stdout until its buffer is written out.
import sys

s = "-".join(["ab", "cd"])
counts = [sys.getrefcount(s)]
print(s)
counts.append(sys.getrefcount(s))
print(s, s)
counts.append(sys.getrefcount(s))
sys.stdout.write(s)
counts.append(sys.getrefcount(s))
sys.stdout.flush()
counts.append(sys.getrefcount(s))
t = "é".join(["x", "y"])
print(t)
counts.append(sys.getrefcount(t))
print()
print(counts)
