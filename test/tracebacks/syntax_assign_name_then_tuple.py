# A name, =, then a tuple with an invalid target after it: 3.10+ suggest == or :=.
x = a, f() = 1
