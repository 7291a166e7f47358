# Two starred targets after non-ASCII text: the compiler's error (3.13) is in bytes too.
name = "Zoë"; first, *middle, *rest = name
