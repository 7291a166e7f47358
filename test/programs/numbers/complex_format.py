# format() and f-strings of complex numbers: both parts in the float format, the imaginary
# part always signed, parentheses only for the default format, padding of the whole.
z = 1.5 - 2.25j
for spec in ('', '.2f', '10.1f', '<20', '>20', '^20', '*^24.3e', '+.1f', ' .1f', 'g', '.3g', 'E', '#.0f', 'n', '>12', '.2'):
    print(repr(spec), repr(format(z, spec)), repr(format(2j, spec)), repr(format(complex(-0.0, 1), spec)))
print(f'{z}', f'{z:.1f}', f'{1e20+1j:g}', f'{complex(float("inf"), float("nan")):.2f}', f'{-0.0-0j:.1f}', f'{-1e-9-1e-9j:z.2f}' if False else '')
for spec in ('010', '=10', 'd', '%', 'x', 's'):
    try:
        print(format(z, spec))
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
