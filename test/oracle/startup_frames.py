# The frames start-up leaves on the frame free list (3.8-3.10): the first functions a script
# calls take them in order and keep them as their zombie frames, so tracemalloc's trace of
# each call's line is that frame's size. The calls are lines 15-24; the model runs them alone
# (it has no _tracemalloc), CPython then prints "line size" for each.
def a(): pass
def b(): pass
def c(): pass
def d(): pass
def e(): pass
def f(): pass
def g(): pass
def h(): pass
def i(): pass
def j(): pass
a()
b()
c()
d()
e()
f()
g()
h()
i()
j()
import _tracemalloc
for trace in _tracemalloc._get_traces():
    for filename, lineno in trace[2]:
        if filename == __file__:
            if 15 <= lineno <= 24:
                print(lineno, trace[1])
            break
