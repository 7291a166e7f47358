def search(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        elif xs[mid] > t:
            hi = mid - 1
        else:
            lo = mid + 1
    else:
        return -1


search(list(range(20)), 17)
search(list(range(20)), 3)
g = [[r * c for r in range(3)] for c in range(4)]
h = [r * c for r in range(3) for c in range(4) if c]
