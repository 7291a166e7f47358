# A for statement whose body is not indented (3.10+ name the block).
import sys
for i in range(6):
x = 1
