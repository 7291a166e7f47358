# 3.8 reports a call among del targets at the element it is in.
del (a, b()), c
