# The text holds several lines: 3.8-3.12 show the one the offset falls on; 3.13 prints it all.
raise SyntaxError('m', (None, 3, 5, 'ab\ncd\n'))
