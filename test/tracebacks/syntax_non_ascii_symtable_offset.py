# The symtable's errors take the AST's columns, in UTF-8 bytes on every version.
def área(ä, ä): pass
