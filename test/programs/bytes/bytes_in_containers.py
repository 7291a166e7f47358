# bytes as dict keys and set members: equal to equal bytes, never to str; bytearray unhashable.
d = {b'a': 1, b'bb': 2}
d[b'a'] += 10
print(d[b'a'], b'bb' in d, 'a' in d, len(d))
s = {b'x', b'x', bytes([120]), b'y'}
print(len(s), b'x' in s, sorted(s))
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == hash(bytes()))
print(sorted([b'b', b'a', b'ab', b'', b'\xff']), max(b'hello'), min(b'hello'), sum(b'\x01\x02'))
try:
    {bytearray(b'a'): 1}
except TypeError as e:
    print('TypeError:', e)
print(b'%d' if False else b'ok', [b for b in b'ab'], dict.fromkeys([b'k'], 0))
