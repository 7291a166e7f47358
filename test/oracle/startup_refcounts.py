# The reference counts start-up leaves on the interpreter's own objects, read before the script
# takes any: the builtin functions of builtins and sys, the descriptors in the builtin types'
# dicts, the builtins and sys modules, the standard streams and sys's struct sequences. One
# "name=count" per line.
import sys

PROBE = 4 if sys.version_info < (3, 11) else 3


def count(o):
    # The caller's variable, this parameter and getrefcount's argument are the probe's own, and
    # up to 3.10 the argument on the caller's stack (3.11's calls move it into the new frame);
    # calling sys.getrefcount on itself holds one more, the callable being called.
    return sys.getrefcount(o) - PROBE - (o is sys.getrefcount)


# The lines are gathered with += rather than list.append, which would be on the stack while
# its own count is read.
def main():
    b = __builtins__
    out = []
    for mname, m in (('builtins', b), ('sys', sys)):
        for name in sorted(vars(m)):
            o = vars(m)[name]
            if type(o).__name__ == 'builtin_function_or_method':
                out += ['%s.%s=%d' % (mname, name, count(o))]
            o = None
    descriptors = ('method_descriptor', 'classmethod_descriptor', 'wrapper_descriptor', 'getset_descriptor',
                   'member_descriptor', 'builtin_function_or_method', 'staticmethod')
    for tname in sorted(vars(b)):
        t = vars(b)[tname]
        if not isinstance(t, type):
            continue
        for name in sorted(t.__dict__):
            o = t.__dict__[name]
            if type(o).__name__ in descriptors:
                out += ['%s.%s=%d' % (tname, name, count(o))]
            o = None
        t = None
    m = None
    out += ['module builtins=%d' % count(b)]
    out += ['module sys=%d' % count(sys)]
    for name in ('stdout', 'stderr', 'version_info', 'float_info', 'int_info', 'hash_info'):
        o = getattr(sys, name)
        out += ['sys.%s=%d' % (name, count(o))]
    o = None
    print('\n'.join(out))


main()
