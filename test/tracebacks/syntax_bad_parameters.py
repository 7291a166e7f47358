# A parameter list that does not parse.
def f(:
    pass
