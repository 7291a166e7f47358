# dir() of the builtin types whose listing still lacks names in the mini-runtime: type (| unions
# from 3.10), bytes/bytearray (the buffer protocol from 3.12) and the dict views (set operations, mapping).
for T in [type, bytes, bytearray, type({}.keys()), type({}.values()), type({}.items())]:
    print(T.__name__, dir(T))
