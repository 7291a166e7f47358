# 3.8 lets the code handling a RecursionError go past the limit (up to 50 levels more) until the
# depth drops below the low-water mark (3/4 of a limit of 200 or less); 3.9+ raise at the limit again.
import sys

sys.setrecursionlimit(100)
depth = 0


def down(k):
    global depth
    depth += 1
    if k == 0:
        return "bottom"
    return down(k - 1)


def handle_at_bottom(n):
    try:
        return handle_at_bottom(n + 1)
    except RecursionError:
        try:
            return n, down(5)
        except RecursionError as e:
            return n, str(e)


def handle_higher(n, caught):
    # The error unwinds 10 levels, still above the mark, before going down again.
    try:
        return handle_higher(n + 1, caught)
    except RecursionError:
        if n % 10 != 0 or caught:
            raise
        caught.append(n)
        try:
            return n, down(15)
        except RecursionError as e:
            return n, str(e)


print(handle_at_bottom(0), depth)
depth = 0
print(handle_higher(0, []), depth)
# Back at the top, below the mark: the limit holds again.
depth = 0
try:
    down(200)
except RecursionError as e:
    print("again:", e, depth)
