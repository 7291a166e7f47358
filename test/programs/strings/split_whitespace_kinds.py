# split()/rsplit() on whitespace: every Unicode space, maxsplit from both ends, characters outside the BMP; %-format fast paths.
cases = ['', '   ', ' a b ', 'a\u3000b\x1cc\x85d\xa0e', '😀 x  😀😀\ty ', '\u2028a\u2029', 'a  b  c  ']
for s in cases:
    for m in (-1, 0, 1, 2):
        print(repr(s.split(None, m)), repr(s.rsplit(None, m)))
print("%5d|%-5s|%+d|% d|%.2s|%#x|%05d|%s|%r|%c" % (3, 'ab', 4, 5, 'xyz', 255, -42, '😀', 'é', 65))
print("😀%s😀%d" % ('a', 7), "%(a)s-%(b)r" % {'a': 1, 'b': 'x'})
