# A block opener on the last line, with no body: each version reports it its own way.
import sys
for i in range(6):
