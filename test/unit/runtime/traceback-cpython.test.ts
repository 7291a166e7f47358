// Whole tracebacks against CPython: every script under test/tracebacks fails, and the
// mini-runtime must write to stderr exactly what each interpreter writes, the 3.11+
// lines of ^ and ~ under the failing expression included.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../src/runtime/interpreter';
import { findInterpreters, oracleEnv, reportMissing } from '../../util/pythons';

const DIR = join(__dirname, '..', '..', '..', '..', 'test', 'tracebacks');

/** Where the model still prints something else, and why (keyed "file@version"). */
const KNOWN: Record<string, string> = {};

describe('uncaught exceptions print the traceback CPython prints', () => {
  before(() => {
    reportMissing('whole tracebacks');
    for (const [k, why] of Object.entries(KNOWN)) console.log(`    known difference ${k}: ${why}`);
  });
  const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

  it('has at least 30 failing scripts', () => assert.ok(files.length >= 30, String(files.length)));

  for (const interp of findInterpreters().found) {
    for (const name of files) {
      const key = `${name}@${interp.version}`;
      const file = join(DIR, name);
      const title = KNOWN[key] ? `still differs from CPython ${interp.full} for ${name} (known)` : `writes CPython ${interp.full}'s traceback for ${name}`;
      it(title, () => {
        const real = spawnSync(interp.path, [file], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
        const model = run(readFileSync(file, 'utf8'), { version: interp.version, filename: file });
        assert.equal(model.exitCode, 1);
        if (KNOWN[key]) assert.notEqual(model.stderr, real.stderr, `${key} now matches: drop it from KNOWN`);
        else assert.equal(model.stderr, real.stderr);
      });
    }
  }
});
