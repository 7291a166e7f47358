# 3.11+ compile `'...' % (a, b)` as an f-string: a literal piece has no line of its own, so its
# load goes on with the item before it, and a tuple over several lines traces each item's line.
a = "left"
b = "right"
s = "%s-%s" % (
    a,
    b)
t = "<%s|%r>" % (a,
                 b)
print(s, t)
