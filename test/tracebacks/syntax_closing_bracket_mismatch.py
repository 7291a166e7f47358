# A bracket closed by the wrong kind on a later line: every version blames the closing one,
# naming the line the opening one is on.
values = (1,
          2]
