// What compiling a script leaves on the tuple free lists at its start, against what each
// CPython's sys._debugmallocstats() prints as a script's first statement: script shapes
// that must match, and every program under test/programs and samples/ (a summary, and no
// fewer matches than when the model was last measured).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModule } from '../../../../src/runtime/compiler/compile';
import { tupleTemporaries } from '../../../../src/runtime/compiler/const-cache';
import { startTuples } from '../../../../src/runtime/freelists';
import { R } from '../../../../src/runtime/state';
import { parse } from '../../../../src/runtime/syntax/parse';
import { cpythonStderr, findInterpreters, reportMissing } from '../../../util/pythons';
import { filesUnder } from '../../../util/files';

/** Shapes: constants of each kind, folded tuples, names, locals, nested scopes, defaults, keyword calls, imports. */
const SHAPES: Record<string, string> = {
  'no scope': 'x = 1\n',
  'three floats': 'x = 1.5\ny = 2.5\nz = 3.5\n',
  'sixteen floats in a list': 'x = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5, 18.5]\n',
  'sixteen names': 'x = [a1, a2, a3, a4, a5, a6, a7, a8, b1, b2, b3, b4, b5, b6, b7, b8]\n',
  'a repeated float': 'x = 1.5\ny = 1.5\nz = (1.5, 1.5)\n',
  'bytes, bools, complex and a negative zero': "a = b'x'\nb = True\nc = 2j\nd = -0.0\ne = (b'x', False)\n",
  'nested constant tuples': 'a = (1, 2, 3)\nb = ((1, 2), (3, (4, 5)))\nc = (6, 7)\n',
  'a function with locals': 'def f(a, b):\n    c = a + b\n    return c\n',
  'a closure': 'def f(a):\n    def g():\n        return a\n    return g\n',
  'a class with a method': 'class A:\n    x = 1\n    def m(self):\n        return self.x\n',
  'two lambdas alike': 'f = lambda: g(1)\nh = lambda: g(2)\n',
  'a comprehension and a generator': 'y = [i * 2 for i in range(3)]\ng = (i for i in "ab")\n',
  'defaults and keyword calls': "def f(a, b=1, *, c=2.5, d='x'):\n    return a\nf(1, c=3, d=4)\nprint(1, 2, sep='', end='')\n",
  'imports': 'import os\nfrom os import path, sep\nfrom os.path import join as j\n',
  'try and with': "try:\n    x = 1\nexcept ValueError as e:\n    pass\nfinally:\n    y = 2\n",
};

const root = join(__dirname, '..', '..', '..', '..', '..');

const programs = (dir: string): string[] => filesUnder(dir, '.py');

/** Matches of the program-version pairs when the model was last measured: a floor, not a target. */
const PROGRAM_FLOOR: Record<number, number> = { 8: 562, 9: 567, 10: 575, 11: 584, 12: 575, 13: 572 };

/** The model's counts for source under 3.minor, lengths 1..N, or null where it cannot compile. */
function model(source: string, minor: number): number[] | null {
  const saved = R.minor;
  R.minor = minor;
  try {
    const parsed = parse(source, minor);
    if (!parsed.ok) return null;
    return startTuples(tupleTemporaries(compileModule(parsed.module), minor), minor);
  } catch {
    return null;
  } finally {
    R.minor = saved;
  }
}

/** CPython's tuple free list counts, lengths 1..N, at the start of file. */
async function measure(path: string, file: string): Promise<number[]> {
  const { stderr } = await cpythonStderr(path, file);
  const counts: number[] = [];
  for (const m of stderr.matchAll(/(\d+) free (\d+)-sized PyTupleObject/g)) counts[Number(m[2]) - 1] ??= Number(m[1]);
  return counts;
}

const PREFIX = 'import sys\nsys._debugmallocstats()\n';

describe('compiling a script leaves CPython\'s tuples on the free lists', () => {
  let dir: string;
  before(() => {
    reportMissing('the tuple free lists a script starts with');
    dir = mkdtempSync(join(tmpdir(), 'arena-lens-tuples-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const interp of findInterpreters().found) {
    const minor = Number(interp.version.split('.')[1]);
    it(`starts every shape of script with the tuple counts CPython ${interp.full} prints`, async function () {
      this.timeout(120_000);
      const wrong: string[] = [];
      for (const [name, source] of Object.entries(SHAPES)) {
        const file = join(dir, `shape-${minor}.py`);
        writeFileSync(file, PREFIX + source);
        const want = await measure(interp.path, file);
        const got = model(PREFIX + source, minor);
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${name}: CPython ${want.join(',')}; model ${got?.join(',')}`);
      }
      assert.deepEqual(wrong, []);
    });

    it(`starts the test programs and samples with the tuple counts CPython ${interp.full} prints (no fewer than measured)`, async function () {
      this.timeout(600_000);
      const files = [...programs(join(root, 'test', 'programs')), ...programs(join(root, 'samples'))];
      let matched = 0;
      let compared = 0;
      const differ: string[] = [];
      const jobs = files.map((f, i) => async (): Promise<void> => {
        const source = PREFIX + readFileSync(f, 'utf8');
        const got = model(source, minor);
        if (got === null) return;
        const file = join(dir, `program-${minor}-${i}.py`);
        writeFileSync(file, source);
        const want = await measure(interp.path, file);
        if (want.length === 0) return;
        compared++;
        if (JSON.stringify(got) === JSON.stringify(want)) matched++;
        else differ.push(f.slice(root.length + 1));
      });
      // Two CPythons at a time: the machine's cores are shared.
      const next = async (): Promise<void> => {
        for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) await job();
      };
      await Promise.all([next(), next()]);
      console.log(`      tuple free lists at start, CPython ${interp.full}: ${matched}/${compared} programs match`);
      assert.ok(matched >= PROGRAM_FLOOR[minor], `${matched} match, fewer than ${PROGRAM_FLOOR[minor]}; differ: ${differ.slice(0, 20).join(', ')}`);
    });
  }
});
