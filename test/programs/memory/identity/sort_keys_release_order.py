# list.sort (Objects/listobject.c list_sort_impl) moves each key with its value, and releases
# the keys in the sorted order once the sort is done: the last key released is the largest
# one's, so the next tuple of its size takes that key's block from the free list.
made = {}


def key(x):
    t = (x, -x)
    made[id(t)] = x
    return t


for data, reverse in (([3, 1, 2], False), ([5, 9, 7, 8], False), ([3, 1, 2], True), ([4, 6, 5], True)):
    made.clear()
    data.sort(key=key, reverse=reverse)
    a = data[0]
    t = (a, a)
    print(data, "a new pair takes the block of the key of", made.get(id(t)))
    del t
