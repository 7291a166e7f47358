# Binding an immortal object many times does not change the count it reports (3.12+).
import sys
before = sys.getrefcount(None)
lst = [None] * 1000
after = sys.getrefcount(None)
print(after - before if sys.version_info < (3, 12) else (before, after))
