# bytearray's error messages for out-of-range bytes, bad indexes and bad assignments.
b = bytearray(b'abc')

def setitem(k, v):
    b[k] = v

def setfront(v):
    b[0:1] = v

def setstepped(v):
    b[::2] = v

def delitem(k):
    del b[k]

cases = [lambda: b.append(256), lambda: b.append(-1), lambda: b.append('a'), lambda: b.insert(0, 300),
         lambda: bytearray().pop(), lambda: b.pop(10), lambda: b.remove(120), lambda: b.extend(5),
         lambda: b.extend([1, 999]), lambda: b.extend(['a']), lambda: b[10], lambda: setitem(10, 1),
         lambda: setitem(0, 256), lambda: setitem('x', 1), lambda: setfront(5),
         lambda: setfront('str'), lambda: setstepped(b'xyz'), lambda: delitem(5),
         lambda: hash(b), lambda: b + 'x', lambda: b * 'x', lambda: bytearray('abc'), lambda: bytearray(-2),
         lambda: bytearray([256]), lambda: bytearray(1.0)]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(b)
