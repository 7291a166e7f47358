# Which of the names on stdin (one per line) CPython's start-up has interned: prints those it
# has not. The names are read, not written here, so that compiling this probe interns none.
import sys

_fresh = []
for _line in sys.stdin.read().split():
    if sys.intern(_line) is _line:
        _fresh.append(_line)
print(" ".join(_fresh))
