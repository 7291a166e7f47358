# A SyntaxError with an end (3.10+): carets from offset to end_offset; 3.8-3.9 refuse six items.
raise SyntaxError('m', ('f.py', 3, 2, 'abcdef', 3, 5))
