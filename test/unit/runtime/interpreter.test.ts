// One process runs many scripts (the analysis worker runs one per edit): each run must
// start from the same state, whatever the runs before it left behind.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../src/runtime/interpreter';
import { filesUnder } from '../../util/files';

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

  it('trace every event of a program the same after every realistic program ran before it, on other versions too', function () {
    this.timeout(300_000);
    const dir = join(__dirname, '..', '..', '..', '..', 'test', 'programs', 'realistic');
    const file = join(dir, 'gc_cycles_finalizers.py');
    const fingerprint = (): string => {
      const r = run(readFileSync(file, 'utf8'), { version: '3.12', filename: file });
      const t = r.heap.trace;
      const rows: string[] = [r.stdout, r.stderr];
      for (let i = 0; i < t.length; i++) rows.push(`${t.kind[i]} ${t.addr[i]} ${t.size[i]} ${t.line[i]}`);
      return rows.join('\n');
    };
    const first = fingerprint();
    for (const version of ['3.8', '3.12', '3.13'] as const) {
      for (const other of filesUnder(dir, '.py')) run(readFileSync(other, 'utf8'), { version, filename: other });
    }
    assert.ok(first === fingerprint(), 'a later run of gc_cycles_finalizers.py traced something else');
  });
});

