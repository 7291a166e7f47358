# Merge sort and quicksort (recursive), plus counting inversions during the merge.
def merge_sort(xs):
    if len(xs) <= 1:
        return xs, 0
    mid = len(xs) // 2
    left, a = merge_sort(xs[:mid])
    right, b = merge_sort(xs[mid:])
    out = []
    i = j = 0
    inv = a + b
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
            inv += len(left) - i
    out.extend(left[i:])
    out.extend(right[j:])
    return out, inv

def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])

nums = [(i * 37 + 11) % 101 for i in range(40)]
s, inv = merge_sort(nums)
print(s[:10], inv)
print(quicksort(nums) == s == sorted(nums))
print(quicksort([3.5, -1.0, 2.25, 3.5]))
