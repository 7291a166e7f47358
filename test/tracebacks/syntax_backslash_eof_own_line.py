# A backslash alone on the last line: 3.10+ draw no caret.
x = 1
    \