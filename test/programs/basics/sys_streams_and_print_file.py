# print's file= argument: sys.stdout, sys.stderr (whose text is not on stdout) and any object
# with a write method, which gets each piece apart; sys.stdout.write returns the length.
import sys
print('to stdout', 1, file=sys.stdout)
print('to stderr', file=sys.stderr)
n = sys.stdout.write('written ' + 'λ\n')
print(n, sys.stdout.flush(), sys.platform, sys.byteorder, sys.maxunicode)
print(sys.argv[0].endswith('sys_streams_and_print_file.py'), len(sys.argv))
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print('a', 'b', 3, sep='-', end='!', file=c)
print(c.parts)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    print('x', file=object())
except AttributeError as e:
    print(e)
print(sys.stdout is sys.__stdout__, repr(sys.stderr))
