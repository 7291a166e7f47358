# The parser's second pass (3.12+) reads the expression after two juxtaposed ones with its
# warnings on (invalid_expression's expression_without_invalid): "\w" "\s" warn, "\q" not.
values = [1, 2 "\w" "\s", "\q"]
