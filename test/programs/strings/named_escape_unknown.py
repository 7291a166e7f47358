# An unknown name: the error names the bytes of the escape within the literal.
x = 1
s = "ab\N{NOT A REAL NAME}"
