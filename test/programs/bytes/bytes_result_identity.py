# Which bytes results are the shared one-byte objects and which are new: methods that write
# their result in place (upper, replace, join, padding...) make a fresh one-byte object.
A = b'a'
B = b'A'
tests = {
 'upper': lambda: b'a'.upper() is B, 'lower': lambda: B.lower() is A, 'strip': lambda: b' a '.strip() is A,
 'split': lambda: b'a,b'.split(b',')[0] is A, 'splitws': lambda: b'a b'.split()[0] is A, 'rsplit': lambda: b'a,b'.rsplit(b',')[0] is A,
 'replace': lambda: b'b'.replace(b'b', b'a') is A, 'join2': lambda: b''.join([A, b'']) is A, 'joinsep': lambda: b'a'.join([b'', b'']) is A,
 'partition': lambda: b'a,b'.partition(b',')[0] is A, 'fromhex': lambda: bytes.fromhex('61') is A, 'hexlist': lambda: bytes([97]) is A,
 'tuple': lambda: bytes((97,)) is A, 'iter': lambda: bytes(iter([97])) is A, 'ba': lambda: bytes(bytearray(b'a')) is A,
 'encode': lambda: 'a'.encode() is A, 'encode_ascii': lambda: 'a'.encode('ascii') is A, 'encode_latin': lambda: 'a'.encode('latin-1') is A,
 'translate': lambda: b'b'.translate(bytes(range(256)).replace(b'b', b'a')) is A, 'zfill': lambda: b''.zfill(1) is b'0'[:1],
 'ljust': lambda: b''.ljust(1, b'a') is A, 'title': lambda: b'a'.title() is B, 'capitalize': lambda: b'a'.capitalize() is B,
 'swapcase': lambda: b'a'.swapcase() is B, 'concat': lambda: b'' + bytearray(b'a') is A, 'expandtabs': lambda: b'a'.expandtabs() is A,
 'lstrip': lambda: b'  a'.lstrip() is A, 'splitlines': lambda: b'a\nb'.splitlines()[0] is A,
 'center': lambda: b''.center(1, b'a') is A, 'slicestep': lambda: b'ab'[::2] is A,
}
for k, f in tests.items():
    try:
        print(k, f())
    except Exception as e:
        print(k, 'ERR', type(e).__name__, e)
