# Invalid syntax at a line end after a comment: the NEWLINE token starts at the #.
total = 1 +  # add the rest
