# \N{BLUEBERRIES} came with Unicode 13.0: CPython 3.8 (Unicode 12.1) does not know the name.
print("\N{BLUEBERRIES}")
