# Binary search: exact match, leftmost insertion point, and searching a rotated array.
def search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def rotated_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[lo] <= xs[mid]:
            if xs[lo] <= target < xs[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if xs[mid] < target <= xs[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1

data = list(range(3, 300, 7))
for t in [3, 52, 297, 100, 2, 1000]:
    print(t, search(data, t), bisect_left(data, t))
dup = [1, 2, 2, 2, 3, 5, 5, 8]
print([bisect_left(dup, v) for v in range(10)])
rot = [15, 18, 22, 1, 4, 7, 9, 12]
print([rotated_search(rot, v) for v in (15, 1, 12, 9, 5)])
