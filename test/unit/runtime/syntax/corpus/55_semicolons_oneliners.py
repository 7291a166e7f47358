import math; x = 1; y = 2
if x < y: print("less"); z = x + y
while z > 10: z -= 1
for i in range(2): print(i); continue
class Tiny: a = 1; b = 2
def one(): return 1
try: v = 1 / 0
except ZeroDivisionError: v = math.inf
print(z, Tiny.a + Tiny.b, one(), v)
