    x = 1  # A BOM, then an indented first line.
