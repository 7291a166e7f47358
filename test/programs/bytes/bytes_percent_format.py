# printf-style formatting of bytes and bytearray: %s/%b take bytes-like objects, %r/%a give
# ascii(), %c takes one byte, numbers as for str; bytes' own error messages.
print(b'%s and %b' % (b'spam', bytearray(b'eggs')), b'%d-%i-%u' % (1, -2, 3), b'%5.2f|%-6x|%#o' % (3.14159, 255, 8))
print(b'%r %a' % ('caf\xe9', b'x'), b'%c%c%c' % (65, b'B', 67), b'%%' % (), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7})
print(bytearray(b'%s!') % b'hi', type(bytearray(b'%s') % b'x').__name__, b'%05d|%+d|% d' % (42, 5, 7), b'%.3s' % b'abcdef')
print(b'%x %X %e %g' % (3054, 3054, 12345.678, 0.0001), b'%s' % b'', b'%c' % 255, b'%d' % 3.9)
class B:
    def __bytes__(self):
        return b'<B>'
print(b'[%s]' % B(), b'%s' % (B(),))
cases = [lambda: b'%s' % 'str', lambda: b'%s' % 5, lambda: b'%d' % b'x', lambda: b'%c' % 256, lambda: b'%c' % b'ab',
         lambda: b'%c' % 'a', lambda: b'%s %s' % b'x', lambda: b'%s' % (b'a', b'b'), lambda: b'%z' % 1, lambda: b'%(k)s' % (1,),
         lambda: b'%x' % 1.5, lambda: b'%f' % b'x', lambda: b'%(k)s' % {'k': 1}]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ':', e)
