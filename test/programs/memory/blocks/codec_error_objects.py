# The Unicode errors the codecs raise (make_encode_exception, PyUnicodeDecodeError_Create): the
# blocks of a raise and what stays after it. Each case runs once first, unmeasured: a first
# raise fills type attribute cache entries, and which earlier names those evict (freeing a
# str the cache alone kept) follows where the environment's strings put the heap's objects.
import sys
g = sys.getallocatedblocks
s = 'h\xe9llo'
bb = b'ab\xffcd'


def enc_ascii():
    s.encode('ascii')


def dec_utf8():
    bb.decode('utf-8')


def enc_latin1():
    '\U0001f600\ud800'.encode('latin-1')


def enc_utf8():
    '\U0001f600\ud800'.encode('utf-8')


def dec_ascii():
    b'\xff'.decode('ascii')


def dec_bytearray():
    bytearray(b'\xff').decode()


for case in (enc_ascii, dec_utf8, enc_latin1, enc_utf8, dec_ascii, dec_bytearray):
    for i in range(3):
        b = g()
        try:
            case()
        except UnicodeError as x:
            raised = g() - b
            facts = (type(x).__name__, type(x.object).__name__, x.start, x.end, x.encoding is x.args[0])
        if i > 0:
            print(case.__name__, 'raise', raised, 'after', g() - b, facts)
