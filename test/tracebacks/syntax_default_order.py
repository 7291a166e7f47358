# A parameter without a default after one with: 3.8 point at the parameter list, 3.9 at the
# last token its parser read, 3.10+ at the parameter (3.12+ call them parameters).
def scale(value, factor=2, offset):
    return value * factor + offset
