# A bounded deque used as a sliding window of lists: each append past maxlen releases the
# leftmost list at once (deque_append_internal's trim), so the blocks in use stay those of
# maxlen lists however long the loop runs.
import sys
from collections import deque
window = deque()
before = sys.getallocatedblocks()
for i in range(100):
    window.append([i])
    if len(window) > 10:
        window.popleft()
print(sys.getallocatedblocks() - before, len(window))
bounded = deque(maxlen=10)
before = sys.getallocatedblocks()
for i in range(100):
    bounded.append([i, i])
print(sys.getallocatedblocks() - before, len(bounded), bounded[0], bounded[-1])
