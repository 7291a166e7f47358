# 3.8/3.9 compile `pass` to nothing: its line runs only when its statement emits something
# after it (a loop's jump back, an else's jump, a function's implicit return), never when the
# next statement follows at once.
def check(x):
    if x:
        pass


values = [0, 1, 2]
for v in values:
    if v:
        pass
if values:
    pass
if len(values) > 5:
    values.append(9)
elif values:
    pass
else:
    values.clear()
try:
    check(1)
except ValueError:
    pass
while values:
    values.pop()
    if len(values) == 1:
        pass
total = len(values)
print(total)
