# A character no token may be in, inside an f-string field: before 3.12 the field is read alone.
x = 1
y = f"a{x} {x + €}"
