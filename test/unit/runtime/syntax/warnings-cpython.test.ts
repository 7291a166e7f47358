// What CPython's parser and compiler warn about while they read a script (invalid escapes,
// `is` with a literal, an assert of a tuple), against each CPython: the model writes the
// same SyntaxWarnings, in the same order, before the script's own output.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../../src/runtime/interpreter';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const DIR = join(__dirname, '..', '..', '..', '..', '..', 'test', 'warnings');

describe('SyntaxWarnings are the ones CPython prints', () => {
  before(() => reportMissing('SyntaxWarnings'));
  const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

  it('has scripts to compare', () => assert.ok(files.length >= 4, String(files.length)));

  for (const interp of findInterpreters().found) {
    for (const name of files) {
      it(`writes what CPython ${interp.full} writes for ${name}`, () => {
        const file = join(DIR, name);
        const real = spawnSync(interp.path, [file], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
        const model = run(readFileSync(file, 'utf8'), { version: interp.version, filename: file });
        assert.equal(model.stderr, real.stderr);
        assert.equal(model.stdout, real.stdout);
        assert.equal(model.exitCode, real.status);
      });
    }
  }
});
