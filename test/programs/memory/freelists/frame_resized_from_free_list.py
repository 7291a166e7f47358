# Up to 3.10 a call takes its frame off the free list; a frame too small for the new code is
# resized (frame_alloc's PyObject_GC_Resize), so its old block is freed and a tuple of that
# size class then gets it. From 3.11 there is no frame free list.
import gc
ids = []
def rec(n):
    if n == 3:
        try:
            raise ValueError
        except ValueError as e:
            ids.append(id(e.__traceback__.tb_frame))
    if n:
        return rec(n - 1)
    return 0
def big():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = 0
    return 3
gc.collect()  # empties the free list: rec's frames are new, sized for rec
rec(3)
big()  # takes the outermost rec frame off the free list and grows it
for n in range(40, 60):
    t = tuple(range(n))
    if id(t) == ids[0]:
        print("the first rec frame's block went to a tuple of", n)
    del t
