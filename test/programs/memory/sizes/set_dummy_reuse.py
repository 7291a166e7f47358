# set_add_entry (Objects/setobject.c): a key that probes past dummies left by discards goes
# into the last dummy it passed, unless it finds itself first; 3.9's reuses none, so its
# fill grows with each add after a discard and the table is resized sooner.
import sys

s = set(range(12))
s.discard(1)
s.discard(3)
s.add(32)
print(list(s))

churn = set(range(8))
sizes = []
for i in range(1, 40):
    churn.add(64 * i + 1)
    churn.discard(64 * i + 1)
    sizes.append(sys.getsizeof(churn))
print(sorted(set(sizes)), list(churn))
