# A literal assigned to is read whole before the error (so 3.12+ warn about it), the value
# after the second `=` never.
x = 1
"\d" = "\w"
