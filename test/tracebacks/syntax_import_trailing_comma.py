# A trailing comma in from-import names without parentheses.
from math import pi, tau,
