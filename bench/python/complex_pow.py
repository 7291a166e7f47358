# Complex ** float: _Py_c_pow's hypot, pow, atan2, cos and sin on each call.
s = 0j
for i in range(100000):
    s += (1 + 1j * i) ** 0.5
print(s)
