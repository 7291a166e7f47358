// The floats a script's parse keeps alive take blocks off the float free list: every
// program under test/programs and samples/ with a float literal starts with the float count
// CPython's sys._debugmallocstats() prints as its first statement, under each version.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../../src/runtime/interpreter';
import { cpythonStderr, findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';
import { filesUnder } from '../../../util/files';

const root = join(__dirname, '..', '..', '..', '..', '..');

/** Print the lists, then stop: the rest of the file is parsed, not run. */
const PREFIX = 'import sys\nsys._debugmallocstats()\nraise SystemExit\n';

/** Something that reads as a float literal (digits with a point or an exponent); a false match costs only time. */
const FLOAT_LITERAL = /(?<![\w.])(\d+\.\d*|\.\d+|\d+[eE][-+]?\d+)/;

/**
 * A \N{...} escape makes CPython's parser import unicodedata (Objects/unicodeobject.c
 * _PyUnicode_GetNameCAPI), whose import machinery leaves the free lists otherwise: the model
 * does not follow that import, so these programs are left out (and said so).
 */
const NAMED_ESCAPE = /(?<!\\)\\N\{/;

const floats = (stderr: string): string | undefined => /(\d+) free PyFloatObjects/.exec(stderr)?.[1];

/** CPython's float free list count at the start of file, or undefined where it does not compile. */
async function measure(path: string, file: string): Promise<string | undefined> {
  const { status, stderr } = await cpythonStderr(path, file);
  return status === 0 ? floats(stderr) : undefined;
}

describe("a script's parse keeps CPython's floats alive", () => {
  let dir: string;
  before(() => {
    reportMissing('the float free list a script starts with');
    dir = mkdtempSync(join(tmpdir(), 'arena-lens-floats-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const interp of findInterpreters().found) {
    it(`starts every program with float literals with the free floats CPython ${interp.full} prints`, async function () {
      this.timeout(600_000);
      const all = [...filesUnder(join(root, 'test', 'programs'), '.py'), ...filesUnder(join(root, 'samples'), '.py')].filter((f) =>
        FLOAT_LITERAL.test(readFileSync(f, 'utf8')),
      );
      const files = all.filter((f) => !NAMED_ESCAPE.test(readFileSync(f, 'utf8')));
      const left = all.filter((f) => !files.includes(f)).map((f) => f.slice(root.length + 1));
      if (left.length > 0) console.log(`      left out (a \\N{...} escape makes CPython import unicodedata while parsing): ${left.join(', ')}`);
      let compared = 0;
      const differ: string[] = [];
      const jobs = files.map((f, i) => async (): Promise<void> => {
        const source = PREFIX + readFileSync(f, 'utf8');
        const file = join(dir, `program-${interp.version}-${i}.py`);
        writeFileSync(file, source);
        const want = await measure(interp.path, file);
        if (want === undefined) return;
        compared++;
        const got = floats(run(source, { version: interp.version, filename: file, environ: oracleEnv() }).stderr);
        if (got !== want) differ.push(`${f.slice(root.length + 1)}: CPython ${want}, model ${got}`);
      });
      // Two CPythons at a time: the machine's cores are shared.
      const next = async (): Promise<void> => {
        for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) await job();
      };
      await Promise.all([next(), next()]);
      console.log(`      free floats at start, CPython ${interp.full}: ${compared - differ.length}/${compared} programs match`);
      assert.deepEqual(differ, []);
    });
  }
});
