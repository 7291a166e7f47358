// What a builtin module's first import (`import gc`) adds to each pymalloc size class, as
// sys._debugmallocstats() before and after it shows ("blocks in use" per class), against each
// CPython: the objects importlib and the module make, and what they leave on the free lists.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../../src/runtime/interpreter';
import type { VersionId } from '../../../../src/profiles';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const SOURCE = 'import sys\nsys._debugmallocstats()\nimport gc\nsys._debugmallocstats()\n';

/** Where CPython differs for reasons the model leaves out, and why; the test checks it still does. */
const KNOWN: Partial<Record<VersionId, string>> = {
  '3.10':
    "setuptools' DistutilsMetaFinder (first on sys.meta_path in 3.8-3.11 when setuptools is installed) looks up 'spec_for_gc', a str the type attribute cache keeps, and its 'spec_for_{fullname}'.format(**locals()) has two dicts of four keys alive at once (locals() and the keywords str.format rebuilds), one more 8-slot keys object than the keys free list held (inferred from the sizes, not traced)",
  '3.11':
    "this machine's start-up imports certifi (a .pth file), which interns 'enable', 'disable' and 'isenabled' before the script; setuptools' DistutilsMetaFinder's 'spec_for_gc' str stays in the type attribute cache",
};

/** Size class -> change of its blocks in use between the two reports in stderr. */
function deltas(stderr: string): string {
  const parts = stderr.split('Small block threshold').slice(1);
  const inUse = (text: string): Map<number, number> => {
    const m = new Map<number, number>();
    for (const line of text.split('\n')) {
      const r = /^\s+\d+\s+(\d+)\s+\d+\s+(\d+)\s+\d+\s*$/.exec(line);
      if (r) m.set(Number(r[1]), Number(r[2]));
    }
    return m;
  };
  const [a, b] = parts.map(inUse);
  const sizes = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  return sizes
    .map((s) => [s, (b.get(s) ?? 0) - (a.get(s) ?? 0)])
    .filter(([, d]) => d !== 0)
    .map(([s, d]) => `${s}:${d}`)
    .join(' ');
}

describe("a first import adds to each size class what CPython's does", () => {
  let dir = '';
  before(() => {
    reportMissing('the size classes of a first import');
    dir = mkdtempSync(join(tmpdir(), 'arena-lens-import-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const interp of findInterpreters().found) {
    it(`import gc adds per size class what CPython ${interp.full} adds`, function () {
      this.timeout(60_000);
      const file = join(dir, 'import_gc.py');
      writeFileSync(file, SOURCE);
      const cpython = (): string => {
        const real = spawnSync(interp.path, [file], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
        assert.equal(real.status, 0, real.stderr);
        return deltas(real.stderr);
      };
      const got = deltas(run(SOURCE, { version: interp.version, filename: file }).stderr);
      // From 3.11 CPython's figures vary from run to run by a block or so (its type attribute
      // cache picks entries by a string's address, and addresses are randomized): the model must
      // give what one of up to five runs gives, and a known difference must differ from most of three.
      const why = KNOWN[interp.version];
      const runs: string[] = [];
      if (why !== undefined) {
        for (let i = 0; i < 3; i++) runs.push(cpython());
        console.log(`      (known difference: ${why})`);
        assert.ok(runs.filter((r) => r !== got).length >= 2, `${interp.version} now equals CPython in most runs: drop it from KNOWN`);
        return;
      }
      for (let i = 0; i < 5 && !runs.includes(got); i++) runs.push(cpython());
      if (!runs.includes(got)) assert.equal(got, runs[0], `none of ${runs.length} runs of CPython gives the model's figures`);
    });
  }
});
