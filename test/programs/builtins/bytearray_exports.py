# While a memoryview of a bytearray is alive, resizing the bytearray raises BufferError
# (Objects/bytearrayobject.c ob_exports); same-size writes still work; release lifts it.
ba = bytearray(b'abcdef')
m = memoryview(ba)
def attempt(label, f):
    try:
        f()
        print(label, 'ok', ba)
    except Exception as exc:
        print(label, type(exc).__name__, exc)
attempt('append', lambda: ba.append(1))
attempt('extend', lambda: ba.extend(b'xy'))
attempt('extend-empty', lambda: ba.extend(b''))
attempt('pop', lambda: ba.pop())
attempt('remove', lambda: ba.remove(97))
attempt('insert', lambda: ba.insert(0, 1))
attempt('clear', lambda: ba.clear())
attempt('del-item', lambda: ba.__delitem__(0))
attempt('del-slice', lambda: ba.__delitem__(slice(0, 2)))
attempt('del-empty-slice', lambda: ba.__delitem__(slice(2, 2)))
attempt('grow-slice', lambda: ba.__setitem__(slice(0, 1), b'xyz'))
attempt('same-slice', lambda: ba.__setitem__(slice(0, 2), b'XY'))
attempt('set-item', lambda: ba.__setitem__(5, 70))
attempt('iadd', lambda: ba.__iadd__(b'z'))
attempt('imul', lambda: ba.__imul__(2))
attempt('imul1', lambda: ba.__imul__(1))
attempt('reverse', lambda: ba.reverse())
s = m[1:3]
m.release()
attempt('append-with-slice', lambda: ba.append(1))
s.release()
attempt('append-after-release', lambda: ba.append(49))
with memoryview(ba) as w:
    attempt('in-with', lambda: ba.extend(b'!'))
attempt('after-with', lambda: ba.extend(b'!'))
v = memoryview(ba)
del v
attempt('after-del', lambda: ba.pop())
print(ba.__alloc__() >= len(ba))
