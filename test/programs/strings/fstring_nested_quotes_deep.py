# PEP 701 (3.12+): the f-string's own quote inside its fields, nested as deep as wanted.
# Before 3.12 the string ends at that quote (SyntaxError: f-string: expecting '}').
d = {"k": "v", "n": 2}
print(f"{d["k"]}")
print(f"{f"{f"{f"{f"{1 + 1}"}"}"}"}")
print(f'{f'{f'{f'{f'{f'{d['n'] * 3}'}'}'}'}'}')
print(f"{"-".join(f"{k}={v!r}" for k, v in d.items())}")
print(f"""{f"""{"""triple
lines"""}"""}""")
print(f"{d["n"]:{"^"}{f"{d["n"] * 4}"}}|")
