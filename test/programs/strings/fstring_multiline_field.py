# PEP 701 (3.12+): a replacement field of a single-quoted f-string may run over several
# lines, inside brackets or not. Before 3.12 the string ends at the line's end (SyntaxError).
xs = [3, 1, 2]
print(f"{(
    1 +
    2
)}")
print(f'{sorted(
    xs,
    reverse=True)}')
print(f"{xs[
    0]:>{
    4}}|", f'{1 +
2}')
total = f"sum={sum(
    x * x
    for x in xs
)}, max={max(xs)}"
print(total)
