# A base that is no type is asked for __mro_entries__ (type_new, and update_bases for a class
# statement) through a C identifier: 3.8 makes its str on that first use and keeps it; 3.9+
# have the name from start-up (GenericAlias's methods), so nothing stays. The class statement
# asks first here (update_bases), then type() finds the str made.
import sys

caught = None
for attempt in range(2):
    before = sys.getallocatedblocks()
    try:
        class Y(2.5):
            pass
    except TypeError as e:
        caught = type(e).__name__
    print("class", attempt, sys.getallocatedblocks() - before, caught)
bases = (1,)
ns = {}
for attempt in range(3):
    before = sys.getallocatedblocks()
    try:
        type("X", bases, ns)
    except TypeError as e:
        caught = type(e).__name__
    print("type()", attempt, sys.getallocatedblocks() - before, caught)
