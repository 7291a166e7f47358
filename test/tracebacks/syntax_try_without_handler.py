# A try with no except or finally: 3.10+ say so, 3.8/3.9 say invalid syntax at the next statement.
try:
    value = 1
print(value)
