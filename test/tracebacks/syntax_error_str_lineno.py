# A lineno that is no int: 3.8-3.12 fall back to str(exc); 3.13 shows it as given.
raise SyntaxError('m', ('dir/f.py', '3', 2, 'x'))
