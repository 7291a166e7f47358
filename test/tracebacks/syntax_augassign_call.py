# An augmented assignment to a call: 3.8's ast.c first checks it as a target ("cannot assign
# to function call"), 3.9+ call it an illegal expression for augmented assignment.
def total():
    return 1
total() += 1
