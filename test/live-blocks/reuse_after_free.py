# Objects freed onto their type's free list and made again elsewhere: tracemalloc gives
# the block to the line that made the object in it last.
first = [(i, i + 1) for i in range(50)]
floats = [i * 0.5 for i in range(30)]
first = None
floats = None
again = [(i, -i) for i in range(20)]
more = [i * 1.5 for i in range(10)]
lists = [[i] for i in range(15)]
lists = None
fresh = [[i, i] for i in range(5)]
print(len(again), len(more), len(fresh))
