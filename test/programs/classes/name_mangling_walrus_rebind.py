# A walrus in a method's comprehension that rebinds a private iteration variable:
# up to 3.12 the symtable checks the unmangled name and lets it pass; 3.13 looks up the
# mangled one and reports the rebinding as a SyntaxError.
class Grid:
    def row(self):
        return [__i := 0 for __i in range(3)]


print(Grid().row())
