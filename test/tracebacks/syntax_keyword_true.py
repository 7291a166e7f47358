# True as a keyword argument name.
print(1, True=1)
