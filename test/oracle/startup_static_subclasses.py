# The static types' subclasses at a script's start, in the order __subclasses__() lists them
# (the order start-up made them): "type:sub,sub" for each static type but object that has any,
# names as tp_name reads ("int", "sys.version_info"), the module of a class's too.
import sys

HEAPTYPE = 1 << 9


def name(t):
    m = t.__module__
    return t.__name__ if m == 'builtins' else '%s.%s' % (m, t.__name__)


seen = set()
todo = [object]
out = []
while todo:
    t = todo.pop()
    if t in seen:
        continue
    seen.add(t)
    subs = type.__subclasses__(t)
    todo += subs
    if subs and t is not object and not t.__flags__ & HEAPTYPE:
        out.append('%s:%s' % (name(t), ','.join(name(s) for s in subs)))
print('\n'.join(sorted(out)))
