# Invalid escapes: 3.12+ print a SyntaxWarning for the first one of each literal (and of
# each piece of an f-string's text); 3.8-3.11 raise a DeprecationWarning no one sees.
a = """first
second \d
third \q"""
b = b"\777" + b"\d\8"
c = f"x\dy{a!r}\e" + f"{1:>{2}}\p"
d = r"\d" + rb"\q"
e = f"{1}" "\w" f"\s"
g = "\400" "\z"
h = "fine \\d \n \x41 \u0041 \N{BULLET} \101"
print(len(a), b, c, d, e, g, h)
