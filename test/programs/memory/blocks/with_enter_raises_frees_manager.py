# A context manager whose __enter__ raises is freed as the exception unwinds the with statement:
# BEFORE_WITH (SETUP_WITH to 3.10) has already put the bound __exit__ in its place on the stack,
# and dropping that drops the manager. Its blocks come back; nothing waits for the collector.
import sys


class Resource:
    def __del__(self):
        print("resource freed")


class Manager:
    def __init__(self, fail):
        self.fail = fail
        self.resource = Resource()

    def __enter__(self):
        if self.fail:
            raise IndexError("no slot free")
        return self.resource

    def __exit__(self, *exc):
        return False


try:
    with Manager(True):
        print("not reached")
except IndexError as e:
    print("caught", e)
print("after the failed with")
with Manager(False) as r:
    print("inside", type(r).__name__)
print("after the good with")
b0 = sys.getallocatedblocks()
for i in range(5):
    try:
        with Manager(True):
            pass
    except IndexError:
        pass
print("blocks left by five failed withs", sys.getallocatedblocks() - b0)
