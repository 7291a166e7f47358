# An augmented assignment to a missing key: 3.11+ underline the target only, not the statement
# (compiler_augassign loads and stores the target at its own location).
stock = {"apples": 3}
stock["apples"] += 2
stock["pears"] += 1
