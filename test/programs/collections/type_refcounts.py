# The counts of collections' types and module after the import (3.11: after start-up, which
# imported the package), as sys.getrefcount shows them.
import sys
import collections
print(sys.getrefcount(collections.deque), sys.getrefcount(collections.defaultdict))
print(sys.getrefcount(collections))
it_type = type(iter(collections.deque()))
rev_type = type(reversed(collections.deque()))
print(sys.getrefcount(it_type), sys.getrefcount(rev_type))
print(it_type.__name__, rev_type.__name__, collections.deque.__module__, it_type.__module__)
q = collections.deque()
dd = collections.defaultdict(list)
print(sys.getrefcount(collections.deque), sys.getrefcount(collections.defaultdict), sys.getrefcount(list) > 10)
del q, dd
print(sys.getrefcount(collections.deque), sys.getrefcount(collections.defaultdict))
