# The compiler compiles a finally body twice from 3.9 and a while test twice from 3.10:
# what they warn about is printed twice.
x = 1
try:
    pass
finally:
    y = x is 1
while x is 2:
    pass
else:
    z = x is 3
