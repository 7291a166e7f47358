# find/rfind/index/rindex/count/startswith/endswith with bytes and int arguments.
b = b'abracadabra'
print(b.find(b'bra'), b.rfind(b'bra'), b.find(b'x'), b.find(97), b.find(b'a', 1), b.find(b'a', 1, 3))
print(b.index(b'cad'), b.rindex(b'a'), b.count(b'a'), b.count(b'bra'), b.count(b''), b.count(97, 5))
print(b.startswith(b'abr'), b.startswith((b'x', b'ab')), b.endswith(b'bra'), b.endswith(b'bra', 0, 4))
print(b.find(b''), b.rfind(b''), b.find(b'a', -3), b.count(b'a', -4, -1))
for f in (lambda: b.index(b'zz'), lambda: b.rindex(b'q'), lambda: b.find('a'), lambda: b.count(300),
          lambda: b.startswith('a'), lambda: b.endswith(1)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(b''.startswith(b'', 2), b'a'.rfind(b'', 5), b'-12'.rfind(b'', 4), b'abc'.endswith(b'', 5, 5), b'abc'.find(b'', 3), b'abc'.count(b'', 4))
print(bytearray(b'abc').find(b'c', -1), b'abc'.find(b'a', -10, 1), b'abc'.startswith(b'bc', -2), b'abc'.endswith(b'ab', 0, -1))
