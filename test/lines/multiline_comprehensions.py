# Comprehensions and tests over several lines: 3.8/3.9 give what a comprehension's loop does
# no line of its own (it goes on with the line before it); 3.10/3.11 jump after a comparison
# at the comparison's line; 3.12+ add each element at the element's line; a condition's jump
# to the loop's jump back goes on to its top only from the same line (3.10+ optimize_basic_block);
# 3.13 jumps at the comprehension, and back to an outer loop from a line of its own.
W = {"x": 1, "y": 2, "z": 3}
table = {
    k: [v] if v > 1 else v
    for k, v in W.items()
}
flags = [w for w in W.values()
         if w]
big = [w for w in W.values()
       if w > 1]
both = [w for w in W.values()
        if w and w]
pairs = [(a, b) for a in W
         for b in W]
x = 1
y = 3
if (x and
        y > 2):
    x = 2
while (x and
       y > 5):
    pass
print(table, flags, big, both, pairs, x)
