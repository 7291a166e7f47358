// The model against the real interpreters: the same request sequence lands on the
// same blocks, and the pymalloc part of sys._debugmallocstats() is printed the same.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { formatDebugMallocStats, Obmalloc, parseDebugMallocStats } from '../../../src/obmalloc';
import { getProfile } from '../../../src/profiles';
import { findInterpreters, reportMissing, runPython } from '../../util/pythons';

const ORACLE = join(__dirname, '..', '..', '..', '..', 'test', 'oracle', 'obmalloc_sequence.py');

/** The pymalloc part of the real output: everything before the free-list lines. */
function pymallocPart(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && / free .* bytes each/.test(l));
  return lines.slice(0, end === -1 ? lines.length : end).join('\n').replace(/\n+$/, '\n');
}

describe('obmalloc against the real CPython', () => {
  before(() => reportMissing('pymalloc behaviour'));

  for (const interp of findInterpreters().found) {
    const profile = getProfile(interp.version);
    const c = profile.obmalloc;

    it(`formats _debugmallocstats exactly as CPython ${interp.full} prints it`, () => {
      // Several heap states: at start-up, after a burst of objects, after freeing them.
      const script = [
        'import sys',
        'sys._debugmallocstats()',
        'x = [object() for _ in range(100000)]; y = [str(i) * 3 for i in range(20000)]',
        'sys._debugmallocstats()',
        'del x, y',
        'sys._debugmallocstats()',
      ].join('\n');
      // _debugmallocstats writes to stderr: point stderr at stdout to capture it.
      const err = runPython(interp, ['-c', `import os\nos.dup2(1, 2)\n${script}\n`]);
      const reports = err.split(/(?=^Small block threshold)/m).filter((r) => r.startsWith('Small block'));
      assert.equal(reports.length, 3);
      for (const r of reports) {
        const real = pymallocPart(r);
        const ours = formatDebugMallocStats(c, parseDebugMallocStats(real));
        assert.equal(ours, real);
      }
    });

    it(`hands out the same blocks as CPython ${interp.full} for a random sequence of one size class`, () => {
      const nbytes = 336;
      for (const seed of [1, 2]) {
        const json = runPython(interp, [ORACLE, String(c.poolSize), String(nbytes), String(seed), '3000']);
        const { ops, results } = JSON.parse(json) as { ops: Array<'m' | number>; results: Array<[number, number] | null> };
        const m = new Obmalloc(c);
        const live: number[] = [];
        const poolIds = new Map<number, number>();
        ops.forEach((op, k) => {
          if (op === 'm') {
            const p = m.malloc(nbytes);
            live.push(p);
            const pool = p - (p % c.poolSize);
            if (!poolIds.has(pool)) poolIds.set(pool, poolIds.size);
            assert.deepEqual([poolIds.get(pool), p % c.poolSize], results[k], `op ${k} (seed ${seed})`);
          } else {
            m.free(live[op]);
            live[op] = live[live.length - 1];
            live.pop();
          }
        });
        assert.ok(poolIds.size > 3, 'the sequence spans several pools');
      }
    });
  }
});
