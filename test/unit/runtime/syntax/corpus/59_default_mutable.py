def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

def tally(word, counts={}):
    counts[word] = counts.get(word, 0) + 1
    return counts

def kwonly_defaults(*, a=[], b=(), c={"k": [1, 2]}):
    return a, b, c

print(append_to(1), append_to(2), tally("a"), tally("a"), kwonly_defaults())
