# await at module level is the compiler's error, after the whole parse.
import math
value = await math.sqrt(2)
