# The reference counts a script sees on the interpreter's singletons and caches: start-up's
# references (thousands on None) and, up to 3.11, those the script's parse keeps while it runs
# (3.9-3.11 keep each token's text as bytes: a newline's is b'', a one-character token's the
# shared one-byte object; each small int literal is read once or more) and its code objects
# hold (an empty co_names is (), a function's doc is None). 3.12+ make them immortal.
import sys

gr = sys.getrefcount
# Most of None's references are the method cache's entries start-up filled with None; from
# 3.10 an entry is chosen by a name's address, so the count varies with the environment
# (3.10) and between runs (3.11): only its size is asked there.
nn = gr(None)
print('None', nn if sys.version_info < (3, 10) else nn > 3000)
print('True', gr(True))
print('False', gr(False))
print('Ellipsis', gr(...))
print('NotImplemented', gr(NotImplemented))
print('()', gr(tuple()))
print("''", gr(str()))
print("b''", gr(bytes()))
low = int('-5')
high = int('257')
count = int('256')
for ix in range(low, high):
    print('int', ix, gr(ix))
# 3.11's counts of 'A', 'I' and 'U' (re's flag names) vary between runs, one in ten or so.
unstable = 'AIU' if sys.version_info[:2] == (3, 11) else str()
for ix in range(count):
    if chr(ix) not in unstable:
        print('chr', ix, gr(chr(ix)))
for ix in range(count):
    print('byte', ix, gr(bytes([ix])))


def documented():
    """A docstring."""
    return 0


def undocumented(first, second=2):
    return first + second * 3


class Plain:
    pass


# Literals in statements, calls, displays and folded expressions.
total = 7
total = undocumented(7, second=8) + 9
items = [7, 10, 12]
pair = (-4, 11)
folded = 7 * 7 + 1
if total > 100:
    total -= 100
while total > 50:
    total = total - 7
print('literals', gr(7), gr(8), gr(9), gr(10), gr(11), gr(12), gr(49), gr(50), gr(-4), gr(100))

# Every NEWLINE, INDENT and DEDENT token holds b'' (3.9-3.11), as each code object's
# empty tables do; each '(' and ':' token its one-byte object.
print('tokens', gr(bytes()), gr(bytes([40])), gr(bytes([58])), gr(bytes([61])))
print('empty tuple', gr(tuple()))

# An f-string's literal parts are the parser's; each expression is parsed apart, in
# parentheses (3.9-3.11 keep the tokens' bytes).
label = f'{total}-{count:>{3}}|'
print('f-string', gr('-'), gr('|'), gr('>'), gr(bytes([40])), gr(bytes([41])), gr(bytes()))

# 3.11's interned one-character names are the deep-frozen modules' own objects.
print('interned', sys.intern(chr(120)) is chr(120), sys.intern(chr(122)) is chr(122))
print('interned x', gr(sys.intern(chr(120))), 'y', gr(sys.intern(chr(121))), '_', gr(sys.intern(chr(95))))

# A function's doc is None or its docstring from the start.
before = gr(None)
more = [lambda: 0 for unused in range(count)]
print('functions hold None', gr(None) - before)
del more
print('released', gr(None) - before)
