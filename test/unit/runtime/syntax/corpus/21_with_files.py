import os
import tempfile
from contextlib import contextmanager

@contextmanager
def managed(label):
    print("enter", label)
    try:
        yield label.upper()
    finally:
        print("exit", label)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "w") as fh, managed("x") as tag:
        fh.write(tag + "\n")
    with open(path) as fh:
        lines = [line.rstrip("\n") for line in fh]
print(lines)
