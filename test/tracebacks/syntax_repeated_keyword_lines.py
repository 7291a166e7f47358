# A keyword repeated on a later line of the call: 3.9 names the call's line.
print(1,
      sep=" ",
      sep="-")
