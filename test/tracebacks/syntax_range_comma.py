# 3.10+ underline a SyntaxError's range: a missing comma from the element before it
# through the one after (invalid_expression), 3.8/3.9 place one caret.
values = [1, 2, 3]
pairs = [(values[0], values.count(1)) (values[1], 2)]
