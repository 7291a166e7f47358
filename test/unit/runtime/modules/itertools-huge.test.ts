// itertools' combinatoric iterators asked for huge index arrays: the heap budget stops the run at
// the line before any JS array is built (it was an internal error or ran out of memory). The
// MemoryError past PY_SSIZE_T_MAX / 8 indices: test/programs/itertools/huge_arguments.py.
import * as assert from 'node:assert/strict';
import { run } from '../../../../src/runtime/interpreter';
import { VersionId } from '../../../../src/profiles';

const VERSIONS: VersionId[] = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];

function runPy(version: VersionId, source: string) {
  return run(source, { version, filename: 'script.py', heapBudgetBytes: 64 * 1024 * 1024 });
}

describe('itertools: huge index arrays', () => {
  it('stops combinations, permutations, product and cwr asking past the heap budget at their line, quickly', () => {
    const calls = [
      'combinations(range(3), 10**10)',
      'combinations_with_replacement(range(3), 10**10)',
      'permutations(range(3), 10**9)',
      'product(range(2), repeat=10**9)',
      'product(range(2), range(3), repeat=10**8)',
      // Within the budget for the indices, not for the pools tuple.
      'product(range(2), repeat=5 * 10**6)',
    ];
    for (const v of VERSIONS) {
      for (const call of calls) {
        const t0 = Date.now();
        const r = runPy(v, `from itertools import combinations, combinations_with_replacement, permutations, product\nprint("before")\nx = ${call}\nprint("after")\n`);
        assert.ok(r.end.kind === 'stop' && r.end.reason === 'heap' && r.end.line === 3, `${v} ${call}: ${JSON.stringify(r.end)}`);
        assert.equal(r.stdout, 'before\n');
        assert.ok(Date.now() - t0 < 10_000, `${v} ${call} took ${Date.now() - t0} ms`);
      }
    }
  });

});
