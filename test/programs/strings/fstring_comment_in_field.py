# PEP 701 (3.12+): comments in the replacement fields of a triple-quoted f-string (or of a
# one-quote f-string whose field runs over lines). Before 3.12 a field holds no '#' (SyntaxError).
x = 3
print(f'''{x # the value
}''')
print(f"""{
    x * 2  # doubled
    + 1    # and one more
}|{'#'}|""")
print(f'{x # a comment to the end of the line
:>5}|')
