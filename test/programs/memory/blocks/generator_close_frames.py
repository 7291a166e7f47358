# Blocks that closing or dropping a suspended generator leaves: 3.11 clears a finished
# generator frame unlinked from its caller, 3.12+ linked (the caller's frame object is made
# for a traceback's frame to point back to); 3.12.1 always throws GeneratorExit in, 3.13
# not when the generator is outside any try block.
import sys
blocks = sys.getallocatedblocks

def gen(n):
    for i in range(n):
        yield i

def gentry(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass

def close_started(G):
    g = G(3); next(g)
    b = blocks()
    g.close()
    return blocks() - b

def drop_started(G):
    g = G(3); next(g)
    b = blocks()
    del g
    return blocks() - b

def drop_holding_frame(G):
    g = G(3); next(g)
    fr = g.gi_frame
    b = blocks()
    del g
    r = blocks() - b
    del fr
    return r, blocks() - b

def finish_holding_frame(G, run_out):
    g = G(3); next(g)
    fr = g.gi_frame
    b = blocks()
    if run_out:
        for x in g: pass
    else:
        g.close()
    r = blocks() - b
    del fr
    return r, blocks() - b, g.gi_frame

def run_out_holding_frame(G):
    return finish_holding_frame(G, True)

def close_holding_frame(G):
    return finish_holding_frame(G, False)

def close_unstarted(G):
    g = G(3)
    b = blocks()
    g.close()
    return blocks() - b

# At module level: a generator replaced by the next one.
def started():
    g = gen(3)
    next(g)
    return g
g = started()
b0 = blocks()
g = started()
print("replaced", blocks() - b0)
g = started()
print("replaced again", blocks() - b0)
del g
print("dropped", blocks() - b0)

for t in (close_started, drop_started, drop_holding_frame, run_out_holding_frame, close_holding_frame, close_unstarted):
    print(f"{t.__name__:<24}", t(gen), t(gen), t(gentry), t(gentry))
