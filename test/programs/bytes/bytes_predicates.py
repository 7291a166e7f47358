# The ASCII-only character class tests of bytes and bytearray.
for s in (b'', b'abc', b'ABC', b'Abc', b'123', b'abc123', b' \t\n', b'a b', b'\xe9', b'HELLO1', b'hello!'):
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
print(bytearray(b'abc').isalpha(), bytearray(b'ABC').isupper(), bytearray(b' ').isspace())
