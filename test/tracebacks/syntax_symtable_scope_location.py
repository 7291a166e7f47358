# The symtable's errors at the scope they arise in (3.8/3.9: the def, the comprehension),
# 3.10+ at the node itself.
def area(width, width):
    return width * width
