# __del__ at the end of a script: objects the module still holds are finalized at exit
# (after the script's last line), and one held by a frame that sys.exit() unwinds goes first.
import sys

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

first = Resource("module-level")
_private = Resource("private")
items = [Resource("in list")]

def work():
    local = Resource("local")
    print("working")
    sys.exit(0)

try:
    work()
finally:
    print("finally runs before exit")
