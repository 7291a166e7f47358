# A finally body is compiled twice from 3.9 and a while test from 3.10: a call or subscript
# of a literal in them is warned about twice, in a nested lambda too.
x = 0
try:
    pass
finally:
    f = lambda: "abc"()
    g = lambda: 1[0]
while x and [1]['a']:
    pass
while x and (lambda: ()())():
    pass
print(x)
