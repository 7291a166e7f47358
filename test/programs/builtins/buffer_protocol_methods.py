# The Python-level buffer protocol (3.12+): bytes.__buffer__, bytearray.__buffer__ and
# __release_buffer__, memoryview.__buffer__/__release_buffer__, with their argument checks.
import sys
if sys.version_info >= (3, 12):
    def attempt(f):
        try:
            print('ok', f())
        except Exception as exc:
            print(type(exc).__name__, exc)
    b = b'abc'
    m = b.__buffer__(0)
    print(type(m).__name__, m.tobytes(), m.obj is b, m.readonly)
    ba = bytearray(b'xyz')
    w = ba.__buffer__(1)
    print(w.readonly, w.obj is ba)
    attempt(lambda: ba.append(1))
    print(ba.__release_buffer__(w))
    attempt(lambda: w[0])
    attempt(lambda: ba.append(1))
    attempt(lambda: b.__buffer__())
    attempt(lambda: b.__buffer__('x'))
    attempt(lambda: b.__buffer__(-1))
    attempt(lambda: b.__buffer__(2 ** 40))
    attempt(lambda: b.__buffer__(1))
    attempt(lambda: b.__buffer__(0, 1))
    attempt(lambda: ba.__release_buffer__(1))
    attempt(lambda: ba.__release_buffer__())
    mv = memoryview(b'data')
    inner = mv.__buffer__(0)
    print(type(inner).__name__, inner.tobytes(), inner.obj is mv)
    attempt(lambda: mv.release())
    print(mv.__release_buffer__(inner))
    attempt(lambda: inner.tobytes())
    mv.release()
    print(repr(mv).startswith('<released'))
    print(hasattr(b, '__release_buffer__'), hasattr(ba, '__release_buffer__'), hasattr(memoryview, '_from_flags'))
    attempt(lambda: memoryview._from_flags(b'ab', 0).tobytes())
else:
    print(hasattr(b'', '__buffer__'), hasattr(bytearray(), '__release_buffer__'), hasattr(memoryview, '__buffer__'))
