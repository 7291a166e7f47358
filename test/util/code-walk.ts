// A Python program for the tests that set the model's code objects against CPython's: it
// compiles each file named on stdin and prints, per file, a row for every code object.

/**
 * The program: `row` is a Python expression of `co` (after `prelude`, run once); each file's
 * rows come depth first (a code object, then those in its co_consts), null where CPython
 * cannot compile the file.
 */
export function codeRowsHelper(row: string, prelude = ''): string {
  return `
import json, sys
${prelude}
def walk(co, out):
    out.append(${row})
    for k in co.co_consts:
        if hasattr(k, 'co_code'):
            walk(k, out)
res = {}
for path in sys.stdin.read().split('\\n'):
    if not path:
        continue
    try:
        with open(path, 'rb') as f:
            co = compile(f.read(), path, 'exec', dont_inherit=True)
    except BaseException:
        res[path] = None
        continue
    out = []
    walk(co, out)
    res[path] = out
print(json.dumps(res))
`;
}
