# Exception groups nested past max_group_depth (10) print '... (max_group_depth is 10)';
# notes of several lines print in the group's margin.
eg = ExceptionGroup("level 0", [ValueError(0)])
for i in range(1, 13):
    eg = ExceptionGroup(f"level {i}", [eg, TypeError(i)])
eg.add_note("first note\nsecond line")
eg.add_note("another")
raise eg
