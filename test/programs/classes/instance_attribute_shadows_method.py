# An instance attribute shadows a method of the same name, with the instance dict of every version.
import sys
class Handler:
    def run(self):
        return 'method'
h = Handler()
print(h.run())
h.run = lambda: 'attribute'
print(h.run())
del h.run
print(h.run())
