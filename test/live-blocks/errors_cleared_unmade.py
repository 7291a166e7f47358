# C code that expects an error and clears or replaces it (PyErr_ExceptionMatches, then
# PyErr_Clear or PyErr_SetString) looks only at its type: up to 3.11 such an error is never
# made an exception instance, so no instance and no args tuple take blocks off the free
# lists there, and the 1-tuples later lines take are others.
import sys

d = {}
found = []
try:
    d.update([1, 2])
except TypeError as e:
    found.append(len(e.args))
first = "abc".startswith("a")
try:
    3 in 5
except TypeError as e:
    found.append(len(e.args))
second = "abc".startswith("a")
try:
    bytes(2.5)
except TypeError as e:
    found.append(len(e.args))
last = "abc".endswith("c")
sys.stdout.write(f"{found} {first} {second} {last}\n")
