# What start-up leaves on the list and float free lists, in the order a script takes it:
# lines 6-13 take a list each, 14-21 a float (no literal: the parser takes floats first); line
# 5 grows the globals first. A line tracemalloc gives no block took an object start-up made
# before tracing began (floats to 3.10, lists and floats from 3.12), which NewReference can't re-tag.
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
