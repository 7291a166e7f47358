# A SyntaxError a script raises: print_exception_file_and_line shows the file and line it names, its text with a caret (3.13's traceback.py underlines to the line's end), then msg alone.
def check(line):
    raise SyntaxError('bad assignment', ('dir/config.py', 2, 5, 'x = = 1\n'))


check('x = = 1')
