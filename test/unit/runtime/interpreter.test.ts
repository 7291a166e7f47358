// One process runs many scripts (the analysis worker runs one per edit): each run must
// start from the same state, whatever the runs before it left behind.
import * as assert from 'node:assert/strict';
import { run } from '../../../src/runtime/interpreter';

const SCRIPT = [
  'import sys, gc',
  'keep = [int, str, ValueError, OSError, object, type, len]',
  'class Node:',
  '    pass',
  'a = Node()',
  'a.me = a',
  'print(sys.getrefcount(int), sys.getrefcount(ValueError), sys.getrefcount(OSError), sys.getrefcount(object))',
  'print(sys.getallocatedblocks(), id(a) % 2**20, gc.get_count())',
  'raise KeyError("left behind")',
  '',
].join('\n');

describe('runs in one process', () => {
  for (const version of ['3.8', '3.11', '3.13'] as const) {
    it(`print and trace in a later run exactly what the first run did (${version})`, () => {
      const runs = [0, 1, 2].map(() => run(SCRIPT, { version, filename: 'script.py' }));
      const seen = runs.map((r) => ({ stdout: r.stdout, stderr: r.stderr, events: r.heap.trace.eventCount, bytes: r.heap.trace.bytesUsed }));
      assert.equal(runs[0].exitCode, 1);
      assert.deepEqual(seen[1], seen[0]);
      assert.deepEqual(seen[2], seen[0]);
    });
  }
});
