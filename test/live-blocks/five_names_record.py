# A record built as a 5-tuple at run time in a module that names five names. The oracle runs
# the script with its snapshot line appended, whose two names make the module's co_names a
# 7-tuple, not a 5-tuple, so the 5-tuple start-up made before tracing began (3.8-3.10) is
# still on the free list for the record: the model compiles that line too (stopAtLine).
name = city = year = score = None
record = (name, city, year, score, name)
