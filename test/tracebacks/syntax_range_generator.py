# An unparenthesized generator argument among others: 3.10+ underline it up to its last
# clause's end.
data = [3, 1, 2]
total = sum(x * 2 for x in data if x > 1, 10)
