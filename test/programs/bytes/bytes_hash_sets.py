# hash() of bytes is the version's SipHash of the data (the suite runs with PYTHONHASHSEED=0),
# so sets of bytes iterate in CPython's order; the empty bytes hashes to 0.
words = [b'alpha', b'beta', b'gamma', b'delta', b'epsilon', b'zeta', b'eta', b'theta', b'iota', b'kappa']
print(hash(b''), hash(b'') == hash(bytes()), hash(b'abc') == hash(bytes(b'abc')))
print([hash(w) for w in words[:3]])
s = set(words)
print(list(s))
s2 = {bytes([i]) for i in range(20)}
print(list(s2))
fs = frozenset(w.upper() for w in words)
print(list(fs))
d = {}
for w in words:
    d.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in d.items()})
print(sorted(s) == sorted(words), b'beta' in s, b'BETA' in fs)
