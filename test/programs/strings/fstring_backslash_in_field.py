# PEP 701 (3.12+): a backslash in a replacement field's expression, in strings there and as
# a line continuation. Before 3.12 the field may hold no backslash at all (SyntaxError).
xs = ['a', 'b', 'c']
print(f"{'\n'.join(xs)}")
print(f"{'\t'.join(xs)!r:>12}|")
print(f"{'\\'}", f'{"\x41\u00e9"}', f"{len('\u2022')}")
print(f"{'-'.join(xs) + \
'!'}")
print(rf"\d{'\n'.join(xs)!r}\n")
print(f"{xs!r:{'\x3e'}20}|")
