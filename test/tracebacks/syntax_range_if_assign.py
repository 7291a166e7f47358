# `=` in an if test: 3.10+ underline the name through the value.
count = 3
if count = (1 +
        2):
    pass
