# A ',' in an int or float format spec takes the separator as a one-character str
# (get_locale_info: PyUnicode_FromOrdinal(',')), made on first use and kept up to 3.10
# (no ',' alone in the source: the compiler would make it first).
import gc, sys
gc.collect()
gc.disable()
n = 1234567
x = 9876.5
def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0, r
print(blocks(lambda: format(n, '_')), blocks(lambda: format(n, ',<3')))
print(blocks(lambda: format(n, ',d')), blocks(lambda: format(n, ',d')))
print(blocks(lambda: format(x, ',.1f')), blocks(lambda: f'{n:,d}'))
print(blocks(lambda: '{:>12,}|{:,.2%}'.format(n, x)))
