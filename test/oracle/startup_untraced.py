# What start-up leaves on the list, float and (3.8) method free lists, in the order a script
# takes it: lines 6-13 take a list each, 14-21 a float (no literal: the parser takes floats
# first), 30-37 a bound method; line 5 grows the globals first. A line tracemalloc gives no block
# took an object made before tracing (floats to 3.10, lists, floats from 3.12, methods on 3.8).
a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = f1 = f2 = f3 = f4 = f5 = f6 = f7 = f8 = None
a1 = []
a2 = []
a3 = []
a4 = []
a5 = []
a6 = []
a7 = []
a8 = []
f1 = float(len(a1))
f2 = float(len(a1))
f3 = float(len(a1))
f4 = float(len(a1))
f5 = float(len(a1))
f6 = float(len(a1))
f7 = float(len(a1))
f8 = float(len(a1))


class K:
    def m(self):
        pass


k = K()
m1 = k.m
m2 = k.m
m3 = k.m
m4 = k.m
m5 = k.m
m6 = k.m
m7 = k.m
m8 = k.m
