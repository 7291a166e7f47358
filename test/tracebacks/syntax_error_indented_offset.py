# An offset into the leading spaces: 3.8 draws the caret at the text's start, 3.9+ none; TabError keeps its tab in 3.13.
try:
    raise SyntaxError('m', ('f.py', 3, 1, '    indented\n'))
except SyntaxError as e:
    print(e, e.offset)
raise TabError('t', ('f.py', 3, 2, '\tabc'))
