# 3.11+ compile `'%s' % (a, b)` as an f-string (ast_opt.c optimize_format): an error in an
# item's __str__ points at that item, not at the whole % expression.
class Broken:
    def __str__(self):
        raise ValueError("no text")


label = "total"
print("%s = %r" % (label, 3))
print("<%-6s|%4.2s>" % (label, label))
message = "%s: %s" % (label, Broken())
