# memoryview's descriptors and constructor errors: receivers of the wrong type, unknown
# keywords, read-only getsets, no instance dict; a memoryview is not a fill byte for center().
def attempt(f):
    try:
        print('ok', f())
    except Exception as exc:
        print(type(exc).__name__, exc)
attempt(lambda: complex(memoryview(b'1')))
attempt(lambda: b'abc'.center(7, memoryview(b'*')))
attempt(lambda: memoryview(b'abc').__getitem__(slice(None)).tobytes())
attempt(lambda: memoryview(b'abc')[-1:-4:-1].tolist())
attempt(lambda: bytes(memoryview(b'')))
attempt(lambda: list(memoryview(bytearray(b'ab'))[::-1]))
attempt(lambda: bool(memoryview(b'')))
attempt(lambda: format(memoryview(b'a'), '') == repr(memoryview(b'a')))
attempt(lambda: sorted([memoryview(b'b'), memoryview(b'a')]))
attempt(lambda: max(memoryview(b'abc')))
attempt(lambda: memoryview(b'abc').__class__)
attempt(lambda: isinstance(memoryview(b'a'), memoryview))
attempt(lambda: memoryview.__new__(memoryview, b'ab').tobytes())
attempt(lambda: memoryview.__new__(int, b'ab'))
attempt(lambda: memoryview(x=b'ab'))
attempt(lambda: memoryview.release(b'x'))
attempt(lambda: memoryview.nbytes.__get__(memoryview(b'abc')))
attempt(lambda: memoryview(b'ab').nbytes == len(memoryview(b'ab')))
attempt(lambda: memoryview(b'ab').readonly.__class__)
attempt(lambda: setattr(memoryview(b'ab'), 'readonly', False))
attempt(lambda: setattr(memoryview(b'ab'), 'foo', 1))
attempt(lambda: memoryview(b'ab').__dict__)
