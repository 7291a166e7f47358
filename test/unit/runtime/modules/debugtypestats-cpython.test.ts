// The free-list half of sys._debugmallocstats() (_PyObject_DebugTypeStats) against each
// CPython: the programs under test/debugmallocstats print it, and every "free ..." line the
// model writes must be CPython's, in its order and format. (The pymalloc half describes the
// modeled heap, not the whole process, so only its format is CPython's.)
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../../src/runtime/interpreter';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const DIR = join(__dirname, '..', '..', '..', '..', '..', 'test', 'debugmallocstats');

/** Where the model still differs, and why; the test checks it still does, so a fix asks to drop the entry. */
const KNOWN: Record<string, string> = {};

const freeLines = (stderr: string): string[] => stderr.split('\n').filter((l) => / free .* bytes each = /.test(l));

describe('sys._debugmallocstats() lists the free lists as CPython does', () => {
  before(() => reportMissing('_debugmallocstats free lists'));
  const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
  for (const interp of findInterpreters().found) {
    for (const name of files) {
      const key = `${name} ${interp.version}`;
      it(`${name} lists CPython ${interp.full}'s free lists`, function () {
        this.timeout(60_000);
        const file = join(DIR, name);
        const env = oracleEnv();
        const real = spawnSync(interp.path, [file], { encoding: 'utf8', timeout: 60_000, env });
        assert.equal(real.status, 0, real.stderr);
        const want = freeLines(real.stderr);
        assert.ok(want.length > 0, 'CPython printed no free lists');
        const got = freeLines(run(readFileSync(file, 'utf8'), { version: interp.version, filename: file, environ: env }).stderr);
        const why = KNOWN[key];
        if (why !== undefined) {
          console.log(`      (known difference: ${why})`);
          assert.notDeepEqual(got, want, `${key} now equals CPython: drop it from KNOWN`);
          return;
        }
        assert.deepEqual(got, want);
      });
    }
  }
});
