# 0/1 knapsack by DP with item reconstruction, and coin change (ways and fewest coins).
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
cap = 200
best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
for i, (name, w, v) in enumerate(items, 1):
    for c in range(cap + 1):
        best[i][c] = best[i - 1][c]
        if w <= c and best[i - 1][c - w] + v > best[i][c]:
            best[i][c] = best[i - 1][c - w] + v
chosen = []
c = cap
for i in range(len(items), 0, -1):
    if best[i][c] != best[i - 1][c]:
        name, w, v = items[i - 1]
        chosen.append(name)
        c -= w
print(best[-1][cap], sorted(chosen))

def ways(amount, coins):
    table = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            table[a] += table[a - coin]
    return table[amount]

def fewest(amount, coins):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and dp[a - coin] + 1 < dp[a]:
                dp[a] = dp[a - coin] + 1
    return dp[amount] if dp[amount] != INF else -1

print(ways(100, [1, 5, 10, 25, 50]), fewest(63, [1, 5, 10, 21, 25]), fewest(7, [2, 4]))
