# The objects start-up leaves on the list and float free lists, in the order a script takes
# them: each of lines 6-13 takes a list, 14-21 a float, and keeps it (line 5 grows the
# globals first). A line tracemalloc gives no block took an object start-up made before
# tracing began (3.12+), which _PyTraceMalloc_NewReference cannot re-tag.
a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = f1 = f2 = f3 = f4 = f5 = f6 = f7 = f8 = None
a1 = []
a2 = []
a3 = []
a4 = []
a5 = []
a6 = []
a7 = []
a8 = []
f1 = 1.5 * len(a1)
f2 = 2.5 * len(a1)
f3 = 3.5 * len(a1)
f4 = 4.5 * len(a1)
f5 = 5.5 * len(a1)
f6 = 6.5 * len(a1)
f7 = 7.5 * len(a1)
f8 = 8.5 * len(a1)
