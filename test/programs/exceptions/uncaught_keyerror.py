# An uncaught KeyError: the traceback's last line is `KeyError: 'b'` and the exit status 1.
d = {'a': 1}
print(d['a'])
print(d['b'])
