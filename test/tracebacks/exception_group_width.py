# More than max_group_width (15) sub-exceptions: the rest are counted, not printed.
try:
    raise ExceptionGroup('many', [ValueError(i) for i in range(17)])
except* TypeError:
    pass
