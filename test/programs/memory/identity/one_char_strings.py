# One-character Latin-1 strings are cached: every chr(i) below 256 is one object.
print(chr(65) is chr(65), chr(233) is chr(233))
print(chr(0x100) is chr(0x100))
s = "hello"
print(s[0] is s[0], s[1] is s[3] or s[2] is s[3])
print(all(chr(i) is chr(i) for i in range(256)))
x = chr(120)
print(str(x) is x, chr(120) is x)
