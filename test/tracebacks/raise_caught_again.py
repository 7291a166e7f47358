# raise of an exception caught in the same frame adds a second entry for that frame
# (PyTraceBack_Here runs for every raise statement; only a bare raise skips it).
try:
    1/0
except Exception as e:
    raise e
