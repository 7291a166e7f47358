# A raised SyntaxError's offsets over non-ASCII text: print_error_text (3.8-3.12) counts them in UTF-8 bytes, 3.13's traceback.py in code points.
def check(text):
    raise SyntaxError('bad name', ('conf.py', 3, 9, text, 3, 13))


check('x = "😀é" + e\u0301e\u0301 * 日本\n')
