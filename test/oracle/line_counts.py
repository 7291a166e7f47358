# How many times CPython's line tracing (sys.settrace 'line' events) sees each line of a
# script: the oracle for the per-line execution counts. Runs the script as __main__ and
# writes the counts to stderr after a marker line, as JSON {line: count}.
import atexit
import collections
import json
import sys

path = sys.argv[1]
counts = collections.Counter()


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_filename == path:
        counts[frame.f_lineno] += 1
    return tracer


def dump():
    sys.settrace(None)
    sys.stderr.write('\n@@line-counts@@' + json.dumps({str(k): v for k, v in counts.items()}) + '\n')


# At exit, so that what an uncaught exception's traceback calls (a __str__) is counted too.
atexit.register(dump)
with open(path) as f:
    code = compile(f.read(), path, 'exec')
sys.argv = [path]
sys.settrace(tracer)
exec(code, {'__name__': '__main__', '__builtins__': __builtins__})
