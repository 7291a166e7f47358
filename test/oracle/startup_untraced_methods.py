# What start-up leaves on 3.8's bound-method free list, in the order a script takes it: lines
# 7-14 take a method each (function.__get__ makes one with PyMethod_New). A line tracemalloc
# gives no block took a method start-up made before tracing began (3.8; 3.9 has no such list).
a = f = m1 = m2 = m3 = m4 = m5 = m6 = m7 = m8 = None
a = []
f = lambda s: 0
m1 = f.__get__(a)
m2 = f.__get__(a)
m3 = f.__get__(a)
m4 = f.__get__(a)
m5 = f.__get__(a)
m6 = f.__get__(a)
m7 = f.__get__(a)
m8 = f.__get__(a)
