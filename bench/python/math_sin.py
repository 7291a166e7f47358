# math.sin over a range of arguments: the correctly rounded sin on each call.
import math
s = 0.0
for i in range(100000):
    s += math.sin(i * 0.37)
print(s)
