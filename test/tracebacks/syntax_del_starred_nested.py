# A starred del target: 3.9+ say so in the parser, 3.8 in the compiler.
a = b = c = 1
del a, (b, *c)
