# The empty tuple, string and bytes are singletons; empty lists and dicts are not.
e, es, eb = (), "", b""
print(e is tuple(), tuple([]) is e, es is str(), "".join([]) is es, eb is bytes())
print([] is [], {} is {}, set() is set())
t = (1, 2)[2:]
print(t is e)
s = "abc"[5:]
print(s is es)
print(frozenset() == frozenset(), len(frozenset()))
