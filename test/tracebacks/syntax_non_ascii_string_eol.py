# A string left open after non-ASCII text: 3.8 counts characters through the newline, 3.9 bytes.
greeting = "héllo" + "wörld
