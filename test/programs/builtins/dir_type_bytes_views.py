# dir() of type (| unions from 3.10), bytes and bytearray (the buffer protocol from 3.12) and the
# dict views (set operations, mapping from 3.10).
for T in [type, bytes, bytearray, type({}.keys()), type({}.values()), type({}.items())]:
    print(T.__name__, dir(T))
