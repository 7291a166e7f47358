// The names a run starts with as interned (src/runtime/objects/startup-names.ts: the builtin
// types' dict keys; str.ts's start-up identifiers) are those each CPython's start-up interned,
// and the model's other type-dict keys are not: test/oracle/interned_at_start.py asks CPython.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import '../../../../src/runtime/objects/all';
import { allTypeDictNames, startupTypeDictNames } from '../../../../src/runtime/objects/startup-names';
import { startupIdentifiers } from '../../../../src/runtime/objects/str';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const PROBE = join(__dirname, '..', '..', '..', '..', '..', 'test', 'oracle', 'interned_at_start.py');

describe('the names a run starts with as interned are those CPython interned at start-up', () => {
  before(() => reportMissing('the names interned at start-up'));
  for (const interp of findInterpreters().found) {
    it(`leaves not interned, of the builtin types' dict keys, just what CPython ${interp.full}'s start-up did not intern`, () => {
      const minor = Number(interp.version.split('.')[1]);
      const atStart = new Set([...startupTypeDictNames(minor), ...startupIdentifiers(minor)]);
      const names = [...new Set([...allTypeDictNames(minor), ...startupIdentifiers(minor)])].sort();
      const r = spawnSync(interp.path, [PROBE], { input: names.join('\n'), encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
      assert.equal(r.status, 0, r.stderr);
      const notInterned = r.stdout.trim().split(/\s+/).filter((n) => n !== '').sort();
      assert.deepEqual(names.filter((n) => !atStart.has(n)), notInterned);
    });
  }
});
