# A string continued with a backslash that never closes: 3.8/3.9 report the end of the line
# it gave up on (3.8 on its last character), 3.10+ the string's start and where it was detected.
greeting = "hello \
world
