text = "  The Quick Brown Fox  "
words = text.strip().lower().split()
caps = " ".join(w.capitalize() for w in words)
escaped = "tab\there\nnewline \x41\u00e9\U0001F600 \N{BULLET} \101 \\"
raw = r"C:\path\to\file"
data = b"\x00\x01bytes\n" + B'more'
long = ("part one "
        "part two "
        'part three')
triple = """a "quoted" line
and 'another'
"""
print(caps, escaped, raw, data, long, triple, text[::-1], text[2:5], text[-3:])
