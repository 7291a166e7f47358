# What the parser warned about (3.12+ an invalid escape) is printed before a SyntaxError
# it meets later; the compiler's warnings are not, since it never runs.
x = 1
z = "\d" if x is 1 else "abc"()
print(z))
