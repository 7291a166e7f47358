def f(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        if xs[lo] <= xs[mid]:
            if xs[lo] <= t < xs[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            hi = hi - 1
    return -1


f([4, 5, 6, 7, 0, 1, 2], 0)
f([4, 5, 6, 7, 0, 1, 2], 6)
f([4, 5, 6, 7, 0, 1, 2], 3)
