# str's case mappings (ascii_upper_or_lower, case_operation) fill a new str: a one-character
# result is an object of its own, not the cached character; a metaclass storing name.lower()
# in each class it makes keeps one.
import sys
n = 'C'
for f in (str.lower, str.upper, str.casefold, str.swapcase, str.title, str.capitalize):
    for s in ('C', 'c', 'é', 'É', '', 'ab'):
        b0 = sys.getallocatedblocks()
        r = f(s)
        print(f.__name__, repr(r), r is f(s), r == s, sys.getallocatedblocks() - b0)
        del r
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
out = []
for i in range(4):
    b0 = sys.getallocatedblocks()
    class C(metaclass=Meta):
        x = 1
        def f(self):
            return self.x
    out.append(C)
    print(i, sys.getallocatedblocks() - b0)
