// sys.getallocatedblocks() as a whole number, not a delta: CPython's figure counts the whole
// process, start-up included, and moves with the environment (os.environ holds every variable)
// and by a few blocks from run to run, so the model is held near it rather than equal; the
// differential programs hold the deltas equal.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../../src/runtime/interpreter';
import { findInterpreters } from '../../../util/pythons';
import type { VersionId } from '../../../../src/profiles';

const SCRIPT = 'import sys\nx = [1, 2, 3]\nprint(sys.getallocatedblocks())\n';
/** Blocks the script's own constants and code may cost differently in the model (their code objects are not modeled). */
const TOLERANCE = 40;

describe('sys.getallocatedblocks() at a short script\'s end', () => {
  // Run as a file, as the profiles' start-up counts were measured (python3 -c starts differently).
  const file = join(mkdtempSync(join(tmpdir(), 'arena-lens-')), 'script.py');
  before(() => writeFileSync(file, SCRIPT));
  for (const interp of findInterpreters().found) {
    it(`is within ${TOLERANCE} blocks of what CPython ${interp.full} prints`, () => {
      // The minimal environment the profiles' start-up counts were measured in.
      const real = spawnSync(interp.path, [file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0', PYTHONUNBUFFERED: '1' } });
      assert.equal(real.status, 0, real.stderr);
      const model = run(SCRIPT, { version: interp.version as VersionId, filename: file });
      assert.equal(model.exitCode, 0, model.stderr);
      const want = Number(real.stdout.trim());
      const got = Number(model.stdout.trim());
      assert.ok(Math.abs(got - want) <= TOLERANCE, `model ${got}, CPython ${want}`);
    });
  }
});
