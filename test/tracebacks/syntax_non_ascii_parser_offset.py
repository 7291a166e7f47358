# A parser error after non-ASCII text: 3.9-3.12 reading a file count its offsets in UTF-8 bytes, 3.8 and 3.13 in characters.
label = "日本語" 1
