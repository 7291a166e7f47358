// The per-line "N reused" count (objects made from a type's free list, no allocator call)
// against CPython. CPython does not print it, but a line that only makes new objects
// changes sys.getallocatedblocks() by the objects it made minus those it reused.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { findInterpreters, reportMissing, runPython } from '../../util/pythons';

interface Case {
  /** The expression that makes one object per iteration (small ints only: no other block). */
  readonly make: string;
  /** Objects made and dropped first (fills the free list up to its limit). */
  readonly prime: number;
  /** Objects then made and held (takes that many back off the list). */
  readonly hold: number;
  /** Objects the measured line makes. */
  readonly n: number;
}

const CASES: Record<string, Case> = {
  'tuples, a few left on the list': { make: '(i, i)', prime: 2500, hold: 1993, n: 50 },
  'tuples, a full list': { make: '(i, i + 1)', prime: 2500, hold: 0, n: 60 },
  'floats, a few left on the list': { make: 'i * 0.5', prime: 150, hold: 96, n: 30 },
  'dicts, a few left on the list': { make: '{}', prime: 120, hold: 71, n: 40 },
  'lists, a few left on the list': { make: '[]', prime: 120, hold: 77, n: 40 },
  'nothing left on the list': { make: '(i, i, i)', prime: 0, hold: 2500, n: 20 },
};

/** The script, and the line that makes the n objects (1-based). */
function script(c: Case): { source: string; line: number } {
  const make = c.make.replace(/\bi\b/g, 'j');
  const lines = [
    'import sys',
    // Every global exists before anything is measured (a new one could resize the globals dict).
    'b = e = d = i = j = junk = hold = r = None',
    'keep = [None] * 300',
    `junk = [${make} for j in range(${c.prime})]`,
    'junk = None',
    `hold = [${make} for j in range(${c.hold})]`,
    // range() is called here: 3.8 calls it with an argument tuple from the free list.
    `r = range(${c.n})`,
    // What measuring costs by itself (the int the first call returns), measured the same way.
    'b = None',
    'b = sys.getallocatedblocks()',
    'e = sys.getallocatedblocks() - b',
    'b = None',
    'b = sys.getallocatedblocks()',
    `for i in r: keep[i] = ${c.make}`,
    'd = sys.getallocatedblocks() - b',
    'print(d - e)',
  ];
  return { source: lines.join('\n') + '\n', line: lines.findIndex((l) => l.startsWith('for i in r:')) + 1 };
}

describe('the per-line reused count against CPython', () => {
  before(() => reportMissing('free-list reuse'));

  for (const interp of findInterpreters().found) {
    for (const [name, c] of Object.entries(CASES)) {
      it(`counts as reused what CPython ${interp.full} takes from the free list: ${name}`, () => {
        const { source, line } = script(c);
        // Blocks the line took from the allocator = objects made - objects reused.
        const delta = Number(runPython(interp, ['-c', source]).trim());
        const reusedByCPython = c.n - delta;
        const res = analyze({ runId: 1, source, filename: 't.py', version: interp.version, stepBudget: 1e8, timeBudgetMs: 60_000, stdio: 'unbuffered' });
        assert.equal(res.exitCode, 0, res.stderr);
        const s = res.lines.find((x) => x.line === line)!;
        assert.equal(s.reused, reusedByCPython, `line ${line}: ${s.reused} reused, CPython ${reusedByCPython} (its blocks changed by ${delta})`);
        // And the model's own getallocatedblocks agrees with its count.
        assert.equal(Number(res.stdout.trim()), delta, 'the model printed another block change');
      });
    }
  }
});
