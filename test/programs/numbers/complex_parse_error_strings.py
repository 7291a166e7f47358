# complex() of a malformed string: up to 3.10, the float parser's cleared error formats the rest
# of the string, and a one-character rest (the sign after 1 in 1+) makes its cached Latin-1 str then.
import sys
for s in ('bad', 'x', '1+', '(1', '1j)', ' ', '', '1+2k', 'ab', 'q', 'b', 'a', '\u00e9', '1_', '(', ')', 'j'):
    b0 = sys.getallocatedblocks()
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e, sys.getallocatedblocks() - b0)
    b1 = sys.getallocatedblocks()
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), sys.getallocatedblocks() - b1)
for s in ('1-', '2+', '(3-', ' 4+ ', '5e', 'J', '6+J', '7-j', '(8+)', '9*', '1_0+', '%', '1+x'):
    b0 = sys.getallocatedblocks()
    try:
        print(repr(s), complex(s), sys.getallocatedblocks() - b0)
    except ValueError as e:
        print(repr(s), e, sys.getallocatedblocks() - b0)
