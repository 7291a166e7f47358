# A subscript on a line with trailing whitespace.
d = {}   
z = d["k"]   
