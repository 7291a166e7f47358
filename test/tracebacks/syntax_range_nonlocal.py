# The symtable's errors are placed at their statement, which 3.10+ underline whole.
def outer():
    def inner():
        nonlocal missing_name
        return 1
    return inner
