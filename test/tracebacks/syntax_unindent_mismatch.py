# A dedent to a column no enclosing block started at.
x = 1
if x:
        a = 1
    b = 2
