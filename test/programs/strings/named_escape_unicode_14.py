# \N{MELTING FACE} came with Unicode 14.0 (CPython 3.11).
print(ascii("\N{MELTING FACE}"))
