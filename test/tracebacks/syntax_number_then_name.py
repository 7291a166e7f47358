# A name glued to a number: 3.10+'s tokenizer calls it an invalid decimal literal; before,
# the number ends there and the parser fails at the name.
size = 10px
