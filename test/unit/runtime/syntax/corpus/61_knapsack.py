def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    choice = [[] for _ in range(capacity + 1)]
    for weight, value, name in items:
        for c in range(capacity, weight - 1, -1):
            candidate = best[c - weight] + value
            if candidate > best[c]:
                best[c] = candidate
                choice[c] = choice[c - weight] + [name]
    return best[capacity], choice[capacity]

items = [(1, 1, "pen"), (3, 4, "book"), (4, 5, "lamp"), (5, 7, "radio")]
print(knapsack(items, 7))
