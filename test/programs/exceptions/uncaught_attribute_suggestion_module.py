# A module's missing attribute: the suggestion comes from the module's dir().
import math
print(math.sqrt(4.0))
math.sqr(2)
