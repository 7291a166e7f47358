# 3.12+ warn about an invalid escape in the statement that then fails to parse: the parser's
# first pass decodes every literal it reduces before it stops ("\d", before the `1`); "\q",
# after it, is never read.
pattern = "\s+"
values = [pattern, "\d" 1, "\q"]
