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
