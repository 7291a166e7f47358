# A bracket still open at the end of the file: 3.8/3.9 ran out of tokens ("unexpected EOF
# while parsing" on the line after the last); 3.10+ blame the bracket.
point = (1,
         2
