# `=` after a call in an if test: 3.10+ name what cannot be assigned to and underline it
# (invalid_named_expression); 3.8/3.9 say invalid syntax at the `=`.
def ready():
    return True
if ready() = True:
    pass
