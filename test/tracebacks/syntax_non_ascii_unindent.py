# A dedent matching no outer level after non-ASCII text: 3.8 points past the line's end, by characters.
if True:
    a = "é"
  b = "ü"
