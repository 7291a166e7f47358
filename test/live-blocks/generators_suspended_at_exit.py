# Generators left suspended keep their frames and locals to the end; closing them at exit
# (their finally blocks allocate) comes after the script, so none of it is counted here.
log = []


def window(items, size):
    buf = []
    try:
        for item in items:
            buf.append(item)
            if len(buf) == size:
                yield tuple(buf)
                buf = buf[1:]
    finally:
        log.append(["closed", size, len(buf)])
        print("window", size, "closed with", len(buf))


def numbered(lines):
    count = 0
    try:
        for line in lines:
            count += 1
            yield f"{count:03d} {line}"
    finally:
        print("numbered stopped after", count)


words = "the quick brown fox jumps over the lazy dog".split()
pairs = window(words, 2)
print(next(pairs), next(pairs))
triples = window(iter(words), 3)
print(next(triples))
lines = numbered(w.upper() for w in words)
print(next(lines))
print(len(log), "closed before the end")
