# The frames start-up leaves on the frame free list (3.8-3.10): the first five functions a
# script calls take them in order and keep them as their zombie frames, so tracemalloc's
# trace of each call's line is that frame's size. The calls are lines 6-10; the model runs
# them alone (it has no _tracemalloc), CPython then prints "line size" for each.
def a(): pass
def b(): pass
def c(): pass
def d(): pass
def e(): pass
a()
b()
c()
d()
e()
import _tracemalloc
for trace in _tracemalloc._get_traces():
    for filename, lineno in trace[2]:
        if filename == __file__:
            if 10 <= lineno <= 14:
                print(lineno, trace[1])
            break
