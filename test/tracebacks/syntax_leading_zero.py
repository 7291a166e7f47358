# A decimal with a leading zero: 3.10+ point at its start, 3.8/3.9 past its digits.
mode = 0755
