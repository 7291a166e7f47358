# An augmented assignment to a missing attribute over two lines: the load is on the line of
# the name (3.10+), underlined from the name (3.11+).
class Counter:
    pass


c = Counter()
(c
 .hits) += 1
