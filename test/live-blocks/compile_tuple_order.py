# 1-tuples taken off the free list start-up left, after compiling reordered it: the compiler
# takes tuples off the list and frees them back (the folded defaults (2,), the constants'
# keys, co_consts and co_names), so which line gets the one start-up made before tracemalloc
# began (a line tracemalloc gives nothing; 3.13: the 3rd here, not the 2nd) follows the
# script's constants, not its first lines.
a = t1 = t2 = t3 = t4 = t5 = None
t1 = (a,)
t2 = (a,)
t3 = (a,)
t4 = (a,)
t5 = (a,)


def scale(v, factor=2):
    return v * factor


print(scale(3), len(t5))
