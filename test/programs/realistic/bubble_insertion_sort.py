# Bubble sort and insertion sort written by hand, checked against sorted().
def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs

def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs

data = [29, 3, 17, 8, 42, 1, 15, 8, 0, -4]
print(bubble(data))
print(insertion(data))
print(bubble(data) == insertion(data) == sorted(data))
print(insertion(["pear", "apple", "fig"]))
