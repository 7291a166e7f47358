# An invalid escape's error: 3.9-3.11 name the token after the literal (the parser's lookahead), 3.8 and 3.12+ the literal.
label = "\N{no such name}" + "é"
