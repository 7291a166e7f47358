values = (1,  # A BOM, then a bracket never closed.
