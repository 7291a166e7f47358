// The collections package's names the model does not make (Counter, namedtuple, OrderedDict...)
// stop the run at the line that uses them, with why; deque and defaultdict run.
import * as assert from 'node:assert/strict';
import { run } from '../../../../src/runtime/interpreter';

describe("collections' names the mini-runtime does not model stop the run at their line", () => {
  for (const version of ['3.8', '3.11', '3.13'] as const) {
    for (const [line, name] of [
      ['from collections import Counter', 'Counter'],
      ['from collections import deque, namedtuple', 'namedtuple'],
      ['import collections\nx = collections.OrderedDict()', 'OrderedDict'],
    ] as const) {
      it(`stops at ${JSON.stringify(line)} on ${version}, keeping what the script printed before`, () => {
        const r = run(`print("before")\n${line}\nprint("after")\n`, { version, filename: 'script.py' });
        const at = line.split('\n').length + 1;
        assert.ok(r.end.kind === 'stop' && r.end.reason === 'unsupported' && r.end.line === at, JSON.stringify(r.end));
        assert.equal(r.stdout, 'before\n');
        assert.match(r.stderr, new RegExp(`collections\\.${name} is not modelled in the Arena Lens mini-runtime`));
      });
    }
  }

  for (const [line, what] of [
    ['d += [3]', 'deque concatenation'],
    ['e = d + d', 'deque concatenation'],
    ['d *= 2', 'deque repetition'],
  ] as const) {
    it(`stops at ${JSON.stringify(line)}, a deque operation it does not model, rather than raising TypeError`, () => {
      const r = run(`from collections import deque\nd = deque([1])\n${line}\nprint("after")\n`, { version: '3.12', filename: 'script.py' });
      assert.ok(r.end.kind === 'stop' && r.end.reason === 'unsupported' && r.end.line === 3, JSON.stringify(r.end));
      assert.match(r.stderr, new RegExp(what));
    });
  }

  it('raises ImportError and AttributeError for a name CPython does not have either', () => {
    const r = run('import collections\ntry:\n    collections.nothing\nexcept AttributeError as e:\n    print(e)\ntry:\n    from collections import nothing\nexcept ImportError:\n    print("ImportError")\n', { version: '3.12', filename: 'script.py' });
    assert.equal(r.stdout, "module 'collections' has no attribute 'nothing'\nImportError\n");
  });
});
