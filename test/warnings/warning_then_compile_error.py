# The compiler's SyntaxWarnings come before the SyntaxError it raises later in the file
# (3.12+ after the parser's); 3.10+ underline a statement over several lines to its first
# line's end.
x = 1
y = x is 1 and "\d" and "text"()
def f():
    return [1, 2]['a']
return (x,
        y)
