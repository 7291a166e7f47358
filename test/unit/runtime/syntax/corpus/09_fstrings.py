name = "world"
width = 10
value = 3.14159
items = ["a", "b"]
print(f"hello {name}")
print(f"{value:.2f} {value:>{width}.3f} {name!r:^12}")
print(f"{value=} {name = !s} {width=:>5}")
print(f"{{literal}} {items[0]}{items[-1]} {len(items):03d}")
print(f"""multi
{name.upper()}
line""")
print(F"{'nested'} {3 + 4} {'%s' % name}" "plain" f'{width}')
print(rf"raw \d {name}", fr'\n{value!a}')
