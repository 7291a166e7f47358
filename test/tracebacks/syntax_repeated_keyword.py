# A keyword argument given twice: 3.9+ name it, 3.8 does not.
def area(width, height):
    return width * height
area(width=2, width=3)
