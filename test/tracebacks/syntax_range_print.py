# The Python 2 print statement: 3.10+ underline it through its argument.
name = "world"
print "hello"
