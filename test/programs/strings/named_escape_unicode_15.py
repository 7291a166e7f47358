# \N{SHAKING FACE} came with Unicode 15.0 (CPython 3.12).
print(ascii("\N{SHAKING FACE}"))
